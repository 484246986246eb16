package org.policygraph.guard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import graphql.execution.RawVariables;
import graphql.normalized.ExecutableNormalizedOperationFactory;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/** What requests cost before they run, on the real schema. */
class QueryCostTests {

	static final GraphQLSchema SCHEMA = schema();

	/** The request that built a 200 MB answer in 40 s: 50 aliases of a nested fan-out. */
	static final String FAN_OUT = IntStream.range(0, 50)
		.mapToObj(i -> "a" + i
				+ ": serviceItems(first: 100) { edges { node { leadDepartments { leads(first: 100) { edges { node { name } } } } } } }")
		.collect(Collectors.joining(" ", "{ ", " }"));

	@Test
	void aPointLookupCostsOneRoundTripAndItsFields() {
		// the item's name, and its list of about four departments with a name each
		assertThat(cost("{ serviceItem(no: 1) { name leadDepartments { name } } }"))
			.isEqualTo(QueryCost.ROUND_TRIP + 1 + (1 + 4 * 1));
	}

	@Test
	void aFieldCountsOncePerItemOfThePagesAboveIt() {
		long ninetyNine = cost("{ serviceItems(first: 99) { edges { node { name } } } }");
		long hundred = cost("{ serviceItems(first: 100) { edges { node { name } } } }");
		// one more item: its node and its name
		assertThat(hundred - ninetyNine).isEqualTo(2);
		// a page of items, about four departments each, a page of what each leads
		assertThat(cost("{ serviceItems(first: 100) { edges { node { leadDepartments { leads(first: 100) { "
				+ "edges { node { name } } } } } } } }"))
			.isGreaterThan(100L * 4 * 100 * 2);
		// totalCount and pageInfo are one per connection, not one per item
		assertThat(cost("{ serviceItems(first: 100) { totalCount } }")).isEqualTo(QueryCost.ROUND_TRIP + 1);
	}

	@Test
	void taskPagesMultiplyByTheirFirstLikeOtherConnections() {
		// a page of 100 departments, each with a page of 50 tasks and their units
		long paged = cost("{ departments(first: 100) { edges { node { tasksConnection(first: 50) { "
				+ "edges { node { title units { name } } } } } } } }");
		assertThat(paged).isGreaterThan(100L * 50 * (1 + 1 + 3));
		long small = cost("{ departments(first: 100) { edges { node { tasksConnection(first: 5) { "
				+ "edges { node { title units { name } } } } } } } }");
		assertThat(paged - QueryCost.ROUND_TRIP).isGreaterThan((small - QueryCost.ROUND_TRIP) * 9);
		// without first, the resolver's default page of 20
		assertThat(cost("{ document(number: \"x\") { tasksConnection { edges { node { title } } } } }"))
			.isEqualTo(cost("{ document(number: \"x\") { tasksConnection(first: 20) { edges { node { title } } } } }"));
	}

	@Test
	void thePageSizeMayComeFromAVariable() {
		String query = "query($n: Int) { serviceItems(first: $n) { edges { node { name } } } }";
		assertThat(cost(query, Map.of("n", 100)) - QueryCost.ROUND_TRIP)
			.isGreaterThan((cost(query, Map.of("n", 5)) - QueryCost.ROUND_TRIP) * 10);
		// without first, the resolver's default page of 20
		assertThat(cost(query, Map.of())).isEqualTo(cost(query, Map.of("n", 20)));
	}

	@Test
	void theNestedFanOutCostsMillionsThoughItHasFewerThanSixHundredFields() {
		assertThat(FAN_OUT.split("\\{").length).isLessThan(600);
		assertThat(cost(FAN_OUT)).isGreaterThan(1_000_000L);
	}

	@Test
	void expensiveResolversCountTheirWork() {
		assertThat(cost("{ responsibilityMap(id: \"Department:省财政厅\", depth: 3) { nodes { id } } }"))
			.isGreaterThan(cost("{ responsibilityMap(id: \"Department:省财政厅\", depth: 1) { nodes { id } } }") * 5);
		assertThat(cost("{ search(text: \"法律援助\", first: 50) { score } }")).isEqualTo(QueryCost.SEARCH + 50);
		assertThat(cost("{ connections(from: \"a\", to: \"b\", maxLength: 8) { length } }"))
			.isGreaterThan(cost("{ connections(from: \"a\", to: \"b\", maxLength: 2) { length } }"));
		String searches = IntStream.range(0, 299)
			.mapToObj(i -> "s" + i + ": search(text: \"服务\", first: 50) { score }")
			.collect(Collectors.joining(" ", "{ ", " }"));
		assertThat(cost(searches)).isGreaterThan(200_000L);
	}

	@Test
	void aliasesCountAsOftenAsTheyAppear() {
		assertThat(cost("{ a: serviceItem(no: 1) { name } b: serviceItem(no: 1) { name } }"))
			.isEqualTo(2 * cost("{ serviceItem(no: 1) { name } }"));
	}

	@Test
	void eachRootFieldHasItsOwnCostByResponseKey() {
		String lookup = "serviceItem(no: 1) { name leadDepartments { name } }";
		String page = "serviceItems(first: 100) { edges { node { name } } }";
		QueryCost.Costs costs = costs("{ a: " + lookup + " b: " + page + " }", Map.of());
		assertThat(costs.root("a")).isEqualTo(cost("{ " + lookup + " }"));
		assertThat(costs.root("b")).isEqualTo(QueryCost.ROUND_TRIP + 1 + 100 * (1 + 1));
		assertThat(costs.total()).isEqualTo(costs.root("a") + costs.root("b"));
		assertThat(costs.root("c")).isEqualTo(-1);
	}

	@Test
	void aRequestTooBigToCountCostsTheMost() {
		// 400 items per level, 8 levels: more than a long holds (the depth limit refuses
		// it anyway; the count must not wrap around to a small number)
		String deep = "{ serviceItems(first: 100) { edges { node { "
				+ "leadDepartments { leads(first: 100) { edges { node { ".repeat(8) + "name" + " } } } }".repeat(8)
				+ " } } } }";
		assertThat(cost(deep)).isEqualTo(Long.MAX_VALUE);
	}

	static long cost(String query) {
		return cost(query, Map.of());
	}

	static long cost(String query, Map<String, Object> variables) {
		return costs(query, variables).total();
	}

	static QueryCost.Costs costs(String query, Map<String, Object> variables) {
		return QueryCost.of(ExecutableNormalizedOperationFactory.createExecutableNormalizedOperationWithRawVariables(
				SCHEMA, Parser.parse(query), null, RawVariables.of(variables)), SCHEMA);
	}

	private static GraphQLSchema schema() {
		try {
			String sdl = new ClassPathResource("graphql/schema.graphqls").getContentAsString(StandardCharsets.UTF_8);
			return UnExecutableSchemaGenerator.makeUnExecutableSchema(new SchemaParser().parse(sdl));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
