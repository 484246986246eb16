package org.policygraph.compile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.policygraph.support.GraphQlHttp.Response;
import org.policygraph.support.SeededGraphIT;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every catalog question, and edits of them, answered with the compiled answers completed
 * in one walk and by graphql-java field by field: the same HTTP status and the same body
 * to the byte (data, errors, extensions with the cost and the Cypher queries counted).
 */
class CompiledCompletionIT extends SeededGraphIT {

	private static final Path CATALOG = Path.of("queries");

	@Autowired
	private CompiledCompletion completion;

	@AfterEach
	void walkOn() {
		completion.enabled(true);
	}

	@TestFactory
	Stream<DynamicTest> everyCatalogQuestionAnswersTheSameInOneStep() throws IOException {
		try (Stream<Path> files = Files.list(CATALOG)) {
			return files.filter(f -> f.toString().endsWith(".graphql"))
				.sorted()
				.toList()
				.stream()
				.map(file -> DynamicTest.dynamicTest(file.getFileName().toString(),
						() -> sameBothWays(file.getFileName().toString(),
								Files.readString(file, StandardCharsets.UTF_8), Map.of())));
		}
	}

	/**
	 * The walk is taken where it should be, so the comparisons above compare two paths.
	 */
	@Test
	void compiledPointLookupsAreCompletedInOneStep() throws IOException {
		for (String question : new String[] { "01-item-leads.graphql", "02-document-by-number.graphql",
				"03-department-profile.graphql", "08-departments-ranked.graphql", "19-health-items-page.graphql" }) {
			long before = completion.completed();
			graphql.post(Files.readString(CATALOG.resolve(question), StandardCharsets.UTF_8));
			assertThat(completion.completed()).as(question).isGreaterThan(before);
		}
	}

	@TestFactory
	Stream<DynamicTest> editsAndMistakesAnswerTheSameInOneStep() {
		String profile = """
				query Profile($withTasks: Boolean!, $noLeads: Boolean!, $name: String!) {
				  a: department(name: $name) {
				    __typename ...D tasks @include(if: $withTasks) { t: title kind }
				    leads(first: 2) @skip(if: $noLeads) { edges { cursor node { __typename no n: name } } }
				  }
				  b: department(name: "教育厅") { n: name leads(first: 2) { pageInfo { hasNextPage endCursor } } }
				}
				fragment D on Department { id fullName x: itemsLedCount ... on Organization { name englishName } }
				""";
		String document = """
				query Doc($number: String!, $annexes: Boolean = true) {
				  document(number: $number) {
				    number t: title kind issuedOn
				    annexes @include(if: $annexes) { no title }
				    cites { __typename number ... on Document { citedOnly } }
				  }
				}
				""";
		Map<String, Object> nothing = Map.of();
		return Stream.of(
				new Ask("aliases, fragments, tasks included, leads skipped", profile,
						Map.of("withTasks", true, "noLeads", true, "name", "财政厅")),
				new Ask("aliases, fragments, tasks skipped, leads included", profile,
						Map.of("withTasks", false, "noLeads", false, "name", "民政厅")),
				new Ask("a document with its annexes", document, Map.of("number", "吉政办发〔2017〕52号")),
				new Ask("a document without its annexes", document,
						Map.of("number", "吉政办发〔2017〕52号", "annexes", false)),
				new Ask("an unknown document beside a known one",
						"{ a: document(number: \"吉政办发〔2099〕1号\") { title } b: document(number: \"吉政办发〔2017〕55号\") { title } }",
						nothing),
				new Ask("an unknown department beside a known one",
						"{ department(name: \"财政局\") { name } d: department(name: \"财政厅\") { name } }", nothing),
				new Ask("a page over the cap, nested",
						"{ department(name: \"财政厅\") { name leads(first: 500) { totalCount } } }", nothing),
				new Ask("organisations of several types",
						"{ document(number: \"吉政干任[2017]39号\") { appointments { id date organization { __typename name ... on Department { aliases verified } ... on Company { fullName kind } } } } }",
						nothing),
				new Ask("documents by kind and date",
						"{ documents(first: 5, where: {kind: NOTICE, issuedFrom: \"2017-06-01\"}) { totalCount edges { cursor node { number kind issuedOn issue { title } } } } }",
						nothing),
				new Ask("a compiled root beside a resolved one",
						"{ serviceItem(no: 1) { name } document(number: \"吉政办发〔2017〕52号\") { number } }", nothing),
				new Ask("a jurisdiction by code",
						"{ jurisdiction(name: \"220300\") { id __typename name shortNames englishName level parent { code parent { name } } } }",
						nothing))
			.map(ask -> DynamicTest.dynamicTest(ask.name(),
					() -> sameBothWays(ask.name(), ask.query(), ask.variables())));
	}

	private void sameBothWays(String name, String query, Map<String, Object> variables) {
		completion.enabled(false);
		Response engine = graphql.post(query, variables);
		completion.enabled(true);
		Response first = graphql.post(query, variables);
		Response cached = graphql.post(query, variables);
		assertThat(first.status()).as(name).isEqualTo(engine.status());
		assertThat(first.body()).as(name).isEqualTo(engine.body());
		assertThat(cached.body()).as(name).isEqualTo(engine.body());
	}

	private record Ask(String name, String query, Map<String, Object> variables) {
	}

}
