package org.policygraph.compile;

import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import graphql.parser.Parser;
import graphql.language.Field;
import graphql.language.OperationDefinition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.policygraph.support.CatalogQuestions;
import org.policygraph.support.CatalogQuestions.Ask;
import org.policygraph.support.GraphQlHttp.Response;
import org.policygraph.support.SeededGraphIT;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every catalog question asked twice, through the resolvers and compiled: the same
 * {@code data} to the byte, and the compiled ones at one Cypher query per root field.
 */
class CompiledQueriesIT extends SeededGraphIT {

	/**
	 * The questions some root field of which the compiler doesn't cover yet: they are
	 * answered by the resolvers and their batch loaders, at their usual cost.
	 */
	static final Set<String> THROUGH_LOADERS = Set.of();

	/**
	 * The questions whose root fields the compiler has no statement for (search is the
	 * full-text index's, its resolver's one query): every other question's root fields
	 * are each answered by a compiled statement.
	 */
	static final Set<String> THROUGH_RESOLVERS = Set.of("11-search-legal-aid.graphql");

	/** Task pages the compiler answers itself, cursor and all, in one statement. */
	static final Set<String> COMPILED_TASK_PAGES = Set.of("a document's tasks, second page",
			"a document's tasks after the last", "a document's tasks, empty page", "a department's tasks, second page",
			"task pages two levels down");

	/**
	 * Asks answered in one statement: documents of a jurisdiction, maps and connections
	 * (what they name resolved inside the statement), items by payer (read from the first
	 * payer's shares).
	 */
	static final Set<String> COMPILED_LOOKUPS = Set.of("items of two payers, first page",
			"items of two payers, second page", "items of one payer in a domain", "items of a payer and a text",
			"documents of a short name", "documents of a city by its own name",
			"documents of a division by code, paged", "a map by a former id", "a map by a name", "a map of a document",
			"a map of a service item, depth 3", "connections by ids and names", "connections around the hubs",
			"connections of a document", "connections nowhere within reach", "every item's earmarks, aliased",
			"the issues' contacts, aliased");

	@Autowired
	private CompiledQueries compiled;

	@Autowired
	private RepeatedRequests repeats;

	/**
	 * Every request here reaches the engine, so that each compiled root field runs
	 * through the compiler's instrumentation, where it is counted; a repeat runs the same
	 * statements without it (RepeatedRequestsIT).
	 */
	@BeforeEach
	void repeatsOff() {
		repeats.enabled(false);
	}

	@AfterEach
	void compilerOn() {
		compiled.enabled(true);
		repeats.enabled(true);
	}

	@TestFactory
	Stream<DynamicTest> everyCatalogQuestionAnswersTheSameCompiledAndCostsOneQueryPerRootField() {
		return CatalogQuestions.each(question -> {
			String name = question.name();
			String query = question.query();
			compiled.enabled(false);
			Response resolvers = graphql.post(query);
			compiled.enabled(true);
			Response first = graphql.post(query);
			long answered = compiled.answered();
			Response cached = graphql.post(query);
			long compiledRoots = compiled.answered() - answered;
			int roots = rootFields(query);
			int before = resolvers.read("$.extensions.cypherQueries");
			int after = cached.read("$.extensions.cypherQueries");
			System.out.printf("compiled %s: %d -> %d queries (%d root fields)%n", name, before, after, roots);
			Object expected = resolvers.read("$.data");
			assertThat(first.<Object>read("$.data")).as(name + ": " + first.body()).isEqualTo(expected);
			assertThat(cached.<Object>read("$.data")).as(name).isEqualTo(expected);
			assertThat(first.hasErrors()).isEqualTo(resolvers.hasErrors());
			if (THROUGH_LOADERS.contains(name)) {
				assertThat(after).as(name + " through the loaders").isGreaterThan(roots);
			}
			else {
				assertThat(after).as(name + " compiled").isEqualTo(roots);
			}
			assertThat(compiledRoots).as(name + ": root fields answered by compiled statements")
				.isEqualTo(THROUGH_RESOLVERS.contains(name) ? 0 : roots);
		});
	}

	/**
	 * Requests off the catalog's happy path: errors with suggestions, refused pages and
	 * cursors, cursors followed, aliases, fragments, {@code @include} by variable (one
	 * document, two statements), interfaces. Both paths must give the same data and the
	 * same errors.
	 */
	@TestFactory
	Stream<DynamicTest> editsAndMistakesAnswerTheSameCompiled() {
		String profile = """
				query Profile($withTasks: Boolean!, $name: String!) {
				  a: department(name: $name) { ...D tasks @include(if: $withTasks) { t: title kind } }
				  b: department(name: "教育厅") { n: name leads(first: 2) { edges { cursor } } }
				}
				fragment D on Department { id fullName x: itemsLedCount leads(first: 3) { totalCount } }
				""";
		String leads = """
				query Leads($after: String) {
				  department(name: "财政厅") {
				    leads(first: 3, after: $after) {
				      edges { cursor node { no name } }
				      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
				    }
				  }
				}
				""";
		String secondPage = graphql.data(leads, Map.of(), "$.data.department.leads.pageInfo.endCursor");
		String planTasks = """
				query PlanTasks($first: Int, $after: String) {
				  document(number: "吉政办发〔2017〕52号") {
				    tasksConnection(first: $first, after: $after) {
				      totalCount
				      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
				      edges { cursor node { id title source { lines } } }
				    }
				  }
				}
				""";
		String secondTaskPage = graphql.data(planTasks, Map.of("first", 10),
				"$.data.document.tasksConnection.pageInfo.endCursor");
		String lastTask = graphql.data(planTasks, Map.of("first", 100),
				"$.data.document.tasksConnection.edges[-1].cursor");
		String departmentTasks = """
				query DepartmentTasks($after: String) {
				  department(name: "财政厅") {
				    tasksConnection(first: 4, after: $after) {
				      totalCount
				      pageInfo { hasNextPage endCursor }
				      edges { cursor node { id document { number } } }
				    }
				  }
				}
				""";
		String departmentSecondPage = graphql.data(departmentTasks, Map.of(),
				"$.data.department.tasksConnection.pageInfo.endCursor");
		String payerPages = """
				query PayerPages($after: String) {
				  serviceItems(first: 4, after: $after, where: {payers: [{payer: COUNTY}, {payer: CENTRAL, role: SUBSIDY}]}) {
				    totalCount
				    pageInfo { hasNextPage endCursor }
				    edges { cursor node { no name funding { shares { payer role } } } }
				  }
				}
				""";
		String payerSecondPage = graphql.data(payerPages, Map.of(), "$.data.serviceItems.pageInfo.endCursor");
		Map<String, Object> nothing = Map.of();
		return Stream.concat(CatalogQuestions.edits().stream(), Stream.of(
				new Ask("an unknown department", "{ department(name: \"财政局\") { name } }", nothing),
				new Ask("a blank department", "{ department(name: \" \") { name } }", nothing),
				new Ask("a name with spaces around", "{ department(name: \" 省财政厅 \") { fullName } }", nothing),
				new Ask("a page over the cap", "{ serviceItems(first: 500) { totalCount } }", nothing),
				new Ask("a foreign cursor", "{ serviceItems(after: \"zzz\") { totalCount } }", nothing),
				new Ask("the first page", leads, nothing),
				new Ask("the second page", leads, Map.of("after", secondPage)),
				new Ask("a document's tasks, second page", planTasks, Map.of("first", 10, "after", secondTaskPage)),
				new Ask("a document's tasks after the last", planTasks, Map.of("first", 10, "after", lastTask)),
				new Ask("a document's tasks, empty page", planTasks, Map.of("first", 0)),
				new Ask("a document's tasks, default page", planTasks, nothing),
				new Ask("a document's tasks, over the cap", planTasks, Map.of("first", 101)),
				new Ask("a document's tasks, foreign cursor", planTasks, Map.of("after", "zzz")),
				new Ask("a department's tasks, first page", departmentTasks, nothing),
				new Ask("a department's tasks, second page", departmentTasks, Map.of("after", departmentSecondPage)),
				new Ask("task pages two levels down",
						"{ document(number: \"吉政办发〔2017〕52号\") { tasks { units { name tasksConnection(first: 2) { totalCount edges { cursor node { id } } pageInfo { hasNextPage } } } } } }",
						nothing),
				new Ask("aliases, fragments, tasks included", profile, Map.of("withTasks", true, "name", "财政厅")),
				new Ask("aliases, fragments, tasks skipped", profile, Map.of("withTasks", false, "name", "民政厅")),
				new Ask("an unknown document", "{ document(number: \"吉政办发〔2099〕1号\") { title } }", nothing),
				new Ask("an unknown domain", "{ serviceItems(where: {domain: \"不存在\"}) { totalCount } }", nothing),
				new Ask("a domain by its English name",
						"{ serviceItems(first: 3, where: {domain: \"Basic Public Education\"}) { totalCount edges { node { no domain { name itemCount } } } } }",
						nothing),
				new Ask("departments by name, second page",
						"{ departments(orderBy: NAME, first: 3, after: \"%s\") { edges { cursor node { name } } pageInfo { hasNextPage } } }"
							.formatted(org.policygraph.graphql.Cursors.encode("|省教育厅")),
						nothing),
				new Ask("today's bodies, two levels deep",
						"{ department(name: \"省卫生计生委\") { current { name current { name } predecessors { from { name } to { name } kind on source } } successors { to { fullName dissolvedOn current { name } } kind } } }",
						nothing),
				new Ask("tasks led today",
						"{ document(number: \"吉政办发〔2017〕57号\") { tasks { currentLeads { name foundedOn } } } }",
						nothing),
				new Ask("documents of a short name", "{ documents(where: {jurisdiction: \"吉林\"}) { totalCount } }",
						nothing),
				new Ask("documents of nowhere", "{ documents(where: {jurisdiction: \"火星\"}) { totalCount } }", nothing),
				new Ask("documents of two divisions", "{ documents(where: {jurisdiction: \"朝阳区\"}) { totalCount } }",
						nothing),
				new Ask("documents of a city by its own name",
						"{ documents(where: {jurisdiction: \"吉林市\"}) { totalCount edges { node { number } } } }",
						nothing),
				new Ask("documents of a division by code, paged",
						"{ documents(first: 2, where: {jurisdiction: \"220000\", text: \"通知\"}) { totalCount edges { cursor node { number jurisdiction { name } } } } }",
						nothing),
				new Ask("an unknown jurisdiction", "{ jurisdiction(name: \"四平平\") { name } }", nothing),
				new Ask("a map by a former id",
						"{ responsibilityMap(id: \"Department:省财政厅\", depth: 2) { nodes { id type label } edges { source target type detail } } }",
						nothing),
				new Ask("a map by a name",
						"{ responsibilityMap(id: \"杜延华\") { nodes { id type label englishLabel } edges { source target type label } } }",
						nothing),
				new Ask("a map of a document",
						"{ responsibilityMap(id: \"吉政办发〔2017〕52号\", depth: 1) { nodes { id } edges { type } } }",
						nothing),
				new Ask("a map of a service item, depth 3",
						"{ responsibilityMap(id: \"法律援助\", depth: 3) { nodes { id type } edges { source target type detail } } }",
						nothing),
				new Ask("a map of nothing", "{ responsibilityMap(id: \"火星局\") { nodes { id } } }", nothing),
				new Ask("a map of an id of nothing", "{ responsibilityMap(id: \"Department:火星局\") { nodes { id } } }",
						nothing),
				new Ask("a map too deep", "{ responsibilityMap(id: \"Department:吉林省财政厅\", depth: 4) { nodes { id } } }",
						nothing),
				new Ask("connections by ids and names",
						"{ connections(from: \"Department:省财政厅\", to: \"省教育厅\", maxLength: 4, first: 20) { length nodes { id type label } edges { source target type detail } } }",
						nothing),
				new Ask("connections around the hubs",
						"{ connections(from: \"免费义务教育\", to: \"法律援助\", first: 20, throughHubs: false) { length nodes { id type } } }",
						nothing),
				new Ask("connections of a document",
						"{ connections(from: \"吉政办发〔2017〕52号\", to: \"法律援助\", first: 3) { length nodes { id } } }",
						nothing),
				new Ask("connections nowhere within reach",
						"{ connections(from: \"于亮\", to: \"法律援助\", maxLength: 2) { length } }", nothing),
				new Ask("connections of one entity twice",
						"{ connections(from: \"省财政厅\", to: \"Department:省财政厅\") { length } }", nothing),
				new Ask("connections from nothing", "{ connections(from: \"火星局\", to: \"法律援助\") { length } }", nothing),
				new Ask("connections too long", "{ connections(from: \"杜延华\", to: \"法律援助\", maxLength: 9) { length } }",
						nothing),
				new Ask("items of two payers, first page", payerPages, nothing),
				new Ask("items of two payers, second page", payerPages, Map.of("after", payerSecondPage)),
				new Ask("items of one payer in a domain",
						"{ serviceItems(where: {payers: [{payer: EMPLOYER}], domain: \"Basic Public Education\"}) { totalCount edges { node { no } } } }",
						nothing),
				new Ask("items of a payer and a text",
						"{ serviceItems(first: 50, where: {payers: [{payer: CENTRAL, role: SHARED}], text: \"服务\"}) { totalCount edges { node { no funding { pattern } } } } }",
						nothing),
				new Ask("items of payers in an unknown domain",
						"{ serviceItems(where: {payers: [{payer: CENTRAL}], domain: \"不存在\"}) { totalCount } }",
						nothing)))
			.map(ask -> DynamicTest.dynamicTest(ask.name(), () -> {
				compiled.enabled(false);
				Response resolvers = graphql.post(ask.query(), ask.variables());
				compiled.enabled(true);
				long answered = compiled.answered();
				Response compiledAnswer = graphql.post(ask.query(), ask.variables());
				long compiledRoots = compiled.answered() - answered;
				assertThat(compiledAnswer.status()).isEqualTo(resolvers.status());
				assertThat(withoutExtensions(compiledAnswer)).as(compiledAnswer.body())
					.isEqualTo(withoutExtensions(resolvers));
				if (COMPILED_TASK_PAGES.contains(ask.name()) || COMPILED_LOOKUPS.contains(ask.name())) {
					assertThat(compiledAnswer.<Integer>read("$.extensions.cypherQueries")).as(ask.name() + " compiled")
						.isEqualTo(1);
					assertThat(compiledRoots).as(ask.name() + " answered by a compiled statement").isEqualTo(1);
				}
			}));
	}

	private static Map<String, Object> withoutExtensions(Response response) {
		Map<String, Object> body = new java.util.HashMap<>(response.read("$"));
		body.remove("extensions");
		return body;
	}

	private static int rootFields(String query) {
		return Parser.parse(query)
			.getDefinitionsOfType(OperationDefinition.class)
			.getFirst()
			.getSelectionSet()
			.getSelectionsOfType(Field.class)
			.size();
	}

}
