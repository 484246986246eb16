package org.policygraph.compile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.execution.instrumentation.Instrumentation;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.junit.jupiter.api.Test;
import org.policygraph.graphql.Connection;
import org.policygraph.graphql.Page;
import org.policygraph.graphql.ScalarConfiguration;
import org.policygraph.guard.GuardedEngine;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one-step completion against graphql-java's own, on compiled rows made by hand: the
 * same JSON to the byte where it completes, and the engine's errors where it must give up
 * (a null where the schema says non-null, a value that doesn't serialise, a type that
 * doesn't resolve).
 */
class CompiledCompletionTests {

	private static final String SDL = """
			scalar Date
			type Query { item(which: String): Item many(count: Int!): [Item!]! items: [Item!]! org: Org page: ItemConnection! }
			interface Org { name: String! }
			type Dept implements Org { name: String! kind: Kind founded: Date tags: [String!] }
			type Company implements Org { name: String! founded: Date }
			enum Kind { BUREAU OFFICE }
			type Item { no: Int! name: String! lead: Org leads: [Dept!]! score: Float }
			type ItemConnection { edges: [ItemEdge!]! pageInfo: PageInfo! totalCount: Int! }
			type ItemEdge { cursor: String! node: Item! }
			type PageInfo { hasNextPage: Boolean! hasPreviousPage: Boolean! startCursor: String endCursor: String }
			""";

	private static final GraphQLScalarType DATE = ScalarConfiguration.DATE;

	private static final JsonMapper JSON = new JsonMapper();

	private final CompiledCompletion completion = new CompiledCompletion(true);

	private final GraphQLSchema schema = schema();

	@Test
	void aliasesFragmentsTypenamesEnumsAndDatesAnswerTheSame() {
		String query = """
				query Q($withLeads: Boolean!, $noScore: Boolean!) {
				  item(which: "good") {
				    __typename no title: name
				    ... on Item { name score @skip(if: $noScore) }
				    lead { __typename name ...Dept ... on Company { founded } }
				    leads @include(if: $withLeads) { n: name kind tags }
				  }
				  again: item(which: "good") { name no }
				}
				fragment Dept on Dept { kind founded tags }
				""";
		for (boolean withLeads : List.of(true, false)) {
			for (boolean noScore : List.of(true, false)) {
				String fast = sameBothWays(query, Map.of("withLeads", withLeads, "noScore", noScore));
				assertThat(fast).contains("\"title\":\"免费义务教育\"").contains("\"founded\":\"2018-03-21\"");
				assertThat(fast.contains("\"leads\"")).isEqualTo(withLeads);
				assertThat(fast.contains("\"score\"")).isEqualTo(!noScore);
			}
		}
		assertThat(this.completion.completed()).isEqualTo(8);
	}

	@Test
	void listsAbstractRootsAndConnectionsAnswerTheSame() {
		sameBothWays("{ items { no name lead { name } } org { __typename ... on Company { name founded } } }",
				Map.of());
		sameBothWays("""
				{ page { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor __typename }
				         edges { cursor node { no ... on Item { n: name } } } } }
				""", Map.of());
		assertThat(this.completion.completed()).isEqualTo(3);
	}

	@Test
	void aNullWhereTheSchemaSaysNonNullIsTheEnginesError() {
		String answer = sameBothWays("{ item(which: \"nameless\") { no name } other: item(which: \"good\") { no } }",
				Map.of());
		assertThat(answer).contains("\"errors\"").contains("\"item\":null").contains("\"other\":{\"no\":1}");
		assertThat(this.completion.completed()).isEqualTo(1);
	}

	@Test
	void valuesThatDoNotSerialiseAndTypesThatDoNotResolveAreTheEnginesErrors() {
		for (String which : List.of("badDate", "badKind", "noSuchType")) {
			String answer = sameBothWays(
					"{ item(which: \"" + which + "\") { no lead { name ... on Dept { kind founded } } } }", Map.of());
			assertThat(answer).as(which).contains("\"errors\"");
		}
		assertThat(this.completion.completed()).isZero();
	}

	/**
	 * Each element of a list collects nothing again: one collection per (object type,
	 * field) within a walk, however long the list, and the nested fields' too.
	 */
	@Test
	void aListCollectsItsSubSelectionOnce() {
		sameBothWays("{ many(count: 85) { no name } }", Map.of());
		assertThat(this.completion.collections()).isEqualTo(1);
		// two items, each with a lead and two leads: Item, lead's Dept, leads' Dept
		sameBothWays("{ items { no lead { name ... on Dept { kind } } leads { name tags } } }", Map.of());
		assertThat(this.completion.collections()).isEqualTo(4);
		assertThat(this.completion.completed()).isEqualTo(2);
	}

	/**
	 * The memo is the walk's, not the completion's: the same document with other
	 * variables collects again, so {@code @include}/{@code @skip} by variable hold in
	 * every element of a list.
	 */
	@Test
	void includeAndSkipByVariableHoldInEveryElementOfAList() {
		String query = """
				query Q($noName: Boolean!, $withLeads: Boolean!) {
				  many(count: 30) { no name @skip(if: $noName) }
				  items { no leads @include(if: $withLeads) { name } ...Lead }
				}
				fragment Lead on Item { lead @include(if: $withLeads) { name } }
				""";
		for (boolean noName : List.of(true, false)) {
			for (boolean withLeads : List.of(true, false)) {
				String fast = sameBothWays(query, Map.of("noName", noName, "withLeads", withLeads));
				assertThat(count(fast, "\"name\":\"第")).isEqualTo(noName ? 0 : 30);
				assertThat(count(fast, "\"leads\"")).isEqualTo(withLeads ? 2 : 0);
				assertThat(count(fast, "\"lead\"")).isEqualTo(withLeads ? 2 : 0);
			}
		}
		assertThat(this.completion.completed()).isEqualTo(8);
	}

	private static int count(String text, String part) {
		return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
	}

	/**
	 * The guard counts what the fields' fetches would have counted, so an answer is
	 * stopped for its size at exactly the same limits.
	 */
	@Test
	void theAnswerSizeLimitStopsAtTheSameSize() {
		String query = "{ item(which: \"good\") { no name lead { name ... on Dept { tags } } leads { name } } }";
		int stopped = 0;
		for (long limit = 0; limit <= 400; limit += 4) {
			String engine = answer(engine(limit, false), query, Map.of());
			String fast = answer(engine(limit, true), query, Map.of());
			assertThat(fast).as("limit " + limit).isEqualTo(engine);
			stopped += engine.contains("ANSWER_TOO_LARGE") ? 1 : 0;
		}
		assertThat(stopped).isBetween(10, 90);
	}

	/**
	 * A clock that moves one nanosecond each time the guard reads it, which it does once
	 * per field fetch: the deadline passes at the same field both ways.
	 */
	@Test
	void theDeadlineStopsAtTheSameField() {
		String query = "{ item(which: \"good\") { no name lead { name ... on Dept { tags } } leads { name } } }";
		int stopped = 0;
		for (int timeout = 0; timeout <= 20; timeout++) {
			String engine = answer(engine(timeout, false), query, Map.of());
			String fast = answer(engine(timeout, true), query, Map.of());
			assertThat(fast).as("timeout " + timeout).isEqualTo(engine);
			stopped += engine.contains("REQUEST_TIMEOUT") ? 1 : 0;
		}
		assertThat(stopped).isBetween(3, 18);
	}

	private GraphQL engine(int timeoutNanos, boolean oneStep) {
		java.util.concurrent.atomic.AtomicLong ticks = new java.util.concurrent.atomic.AtomicLong();
		return GuardedEngine.engine(this.schema, 1 << 20, java.time.Duration.ofNanos(timeoutNanos),
				ticks::incrementAndGet, List.of(new CompiledQueries(Map.of(), null, null, 16, false)),
				oneStep ? List.of(this.completion) : List.of());
	}

	/** A large answer keeps the engine's pace (see MAX_FIELDS). */
	@Test
	void aLargeAnswerIsTheEngines() {
		int items = CompiledCompletion.MAX_FIELDS / 2 + 1;
		String answer = sameBothWays("{ many(count: " + items + ") { no name } }", Map.of());
		assertThat(answer).contains("\"no\":" + (items - 1));
		assertThat(this.completion.completed()).isZero();
	}

	private String sameBothWays(String query, Map<String, Object> variables) {
		String engine = answer(engine(1 << 20, false), query, variables);
		String fast = answer(engine(1 << 20, true), query, variables);
		assertThat(fast).isEqualTo(engine);
		return fast;
	}

	private static String answer(GraphQL graphQl, String query, Map<String, Object> variables) {
		ExecutionResult result = graphQl.execute(ExecutionInput.newExecutionInput(query).variables(variables).build());
		try {
			return JSON.writeValueAsString(result.toSpecification());
		}
		catch (Exception ex) {
			throw new AssertionError(ex);
		}
	}

	private GraphQL engine(long maxAnswerBytes, boolean oneStep) {
		// the instrumentation that answers a row's fields in the engine's path
		Instrumentation rows = new CompiledQueries(Map.of(), null, null, 16, false);
		return GuardedEngine.engine(this.schema, maxAnswerBytes, List.of(rows),
				oneStep ? List.of(this.completion) : List.of());
	}

	private static GraphQLSchema schema() {
		DataFetcher<Object> item = env -> item(env.getArgument("which"));
		RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring()
			.scalar(DATE)
			.type("Query",
					t -> t.dataFetcher("item", item)
						.dataFetcher("items", env -> List.of(item("good"), item("other")))
						.dataFetcher("many",
								env -> java.util.stream.IntStream.range(0, env.<Integer>getArgument("count"))
									.mapToObj(i -> row("Item", "no", i, "name", "第" + i + "项"))
									.toList())
						.dataFetcher("org", env -> row("Company", "name", "吉林银行", "founded", LocalDate.of(1997, 1, 1)))
						.dataFetcher("page",
								env -> Connection.of(List.of(item("good"), item("other")), Page.of(1, null), 2,
										r -> String.valueOf(r.values().get("no")))))
			.type("Org",
					t -> t.typeResolver(env -> env.getSchema().getObjectType(((CompiledRow) env.getObject()).type())))
			.build();
		return new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(SDL), wiring);
	}

	/** Rows keyed by response key, as the compiler makes them: aliases included. */
	private static CompiledRow item(String which) {
		Object date = which.equals("badDate") ? "2018-03-21" : LocalDate.of(2018, 3, 21);
		Object kind = which.equals("badKind") ? "AGENCY" : "BUREAU";
		String type = which.equals("noSuchType") ? "Bureau" : "Dept";
		CompiledRow lead = row(type, "name", "省财政厅", "kind", kind, "founded", date, "tags", List.of("财政", "预算"));
		String name = which.equals("nameless") ? null : "免费义务教育";
		List<Object> leads = new ArrayList<>(List.of(row("Dept", "n", "省财政厅", "name", "省财政厅", "kind", "BUREAU"),
				row("Dept", "n", "省教育厅", "name", "省教育厅", "kind", "OFFICE", "tags", List.of())));
		return row("Item", "no", which.equals("other") ? 2 : 1, "name", name, "title", name, "n", name, "score", 1.5,
				"lead", lead, "leads", leads);
	}

	private static CompiledRow row(String type, Object... entries) {
		Map<String, Object> values = new LinkedHashMap<>();
		for (int i = 0; i < entries.length; i += 2) {
			values.put((String) entries[i], entries[i + 1]);
		}
		return new CompiledRow(type, values);
	}

}
