package org.policygraph.compile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.policygraph.support.GraphQlHttp.Response;
import org.policygraph.support.SeededGraphIT;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests answered again without the engine: every catalog question, and edits of them,
 * answered by the engine (repeats off), then twice with repeats on (the first recorded,
 * the second repeated): the same HTTP status and body to the byte (data, errors,
 * extensions with the cost and the Cypher queries counted), and which questions repeat.
 */
class RepeatedRequestsIT extends SeededGraphIT {

	private static final Path CATALOG = Path.of("queries");

	/**
	 * The catalog questions answered by the engine however often they are asked: a root
	 * field answered by its resolver (11's search; 26's healthSupervision and 27's issues
	 * ask for fields the compiler doesn't know, Funding.earmarks and Issue.contacts) or a
	 * graph view, answered whole and completed by the engine (12, 13).
	 */
	static final Set<String> NOT_REPEATED = Set.of("11-search-legal-aid.graphql",
			"12-how-is-du-connected-to-legal-aid.graphql", "13-finance-department-map.graphql",
			"26-funding-scope-conditions-earmarks.graphql", "27-masthead-identifiers.graphql");

	@Autowired
	private RepeatedRequests repeats;

	@Autowired
	private MeterRegistry meters;

	@AfterEach
	void repeatOn() {
		repeats.enabled(true);
	}

	@TestFactory
	Stream<DynamicTest> everyCatalogQuestionAnswersTheSameRepeated() throws IOException {
		try (Stream<Path> files = Files.list(CATALOG)) {
			return files.filter(f -> f.toString().endsWith(".graphql"))
				.sorted()
				.toList()
				.stream()
				.map(file -> DynamicTest.dynamicTest(file.getFileName().toString(),
						() -> sameRepeated(file.getFileName().toString(),
								Files.readString(file, StandardCharsets.UTF_8), Map.of())));
		}
	}

	@Test
	void whichCatalogQuestionsRepeat() throws IOException {
		TreeSet<String> notRepeated = new TreeSet<>();
		try (Stream<Path> files = Files.list(CATALOG)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".graphql")).sorted().toList()) {
				String query = Files.readString(file, StandardCharsets.UTF_8);
				graphql.post(query);
				long before = repeats.answered();
				graphql.post(query);
				if (repeats.answered() == before) {
					notRepeated.add(file.getFileName().toString());
				}
			}
		}
		assertThat(notRepeated).isEqualTo(new TreeSet<>(NOT_REPEATED));
	}

	@TestFactory
	Stream<DynamicTest> editsAndMistakesAnswerTheSameRepeated() {
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
		String item = "query Item($no: Int!) { serviceItem(no: $no) { no name leadDepartments { name } } }";
		Map<String, Object> nothing = Map.of();
		return Stream.of(
				new Ask("tasks included, leads skipped", profile,
						Map.of("withTasks", true, "noLeads", true, "name", "财政厅")),
				new Ask("tasks skipped, leads included", profile,
						Map.of("withTasks", false, "noLeads", false, "name", "民政厅")),
				new Ask("the same document, other variables", profile,
						Map.of("withTasks", true, "noLeads", false, "name", "教育厅")),
				new Ask("an item by variable", item, Map.of("no", 2)),
				new Ask("another item by the same document", item, Map.of("no", 53)),
				new Ask("a variable of the wrong type", item, Map.of("no", "two")),
				new Ask("an unknown item", item, Map.of("no", 9999)),
				new Ask("an unknown document beside a known one",
						"{ a: document(number: \"吉政办发〔2099〕1号\") { title } b: document(number: \"吉政办发〔2017〕55号\") { title } }",
						nothing),
				new Ask("a compiled root beside a resolved one",
						"{ serviceItem(no: 1) { name } document(number: \"吉政办发〔2017〕52号\") { number } }", nothing),
				new Ask("two operations, the second named",
						"query A { serviceItem(no: 1) { name } } " + "query B { serviceItem(no: 2) { no name } }",
						nothing, "B"),
				new Ask("the root's __typename", "{ __typename serviceItem(no: 1) { name } }", nothing))
			.map(ask -> DynamicTest.dynamicTest(ask.name(), () -> sameRepeated(ask)));
	}

	/** Each answer is observed once, as graphql.request, repeated or not. */
	@Test
	void aRepeatIsObservedAsAnExecution() {
		String query = "{ serviceItem(no: 3) { name domain { name } } }";
		graphql.post(query);
		long executions = requests();
		long repeated = repeats.answered();
		graphql.post(query);
		graphql.post(query);
		assertThat(repeats.answered()).isEqualTo(repeated + 2);
		assertThat(requests()).isEqualTo(executions + 2);
	}

	private long requests() {
		return meters.find("graphql.request").timers().stream().mapToLong(Timer::count).sum();
	}

	private void sameRepeated(Ask ask) {
		repeats.enabled(false);
		Response engine = graphql.postRaw(ask.body());
		repeats.enabled(true);
		Response first = graphql.postRaw(ask.body());
		long before = repeats.answered();
		Response repeated = graphql.postRaw(ask.body());
		boolean wasRepeated = repeats.answered() > before;
		assertThat(first.status()).as(ask.name()).isEqualTo(engine.status());
		assertThat(first.body()).as(ask.name()).isEqualTo(engine.body());
		assertThat(repeated.status()).as(ask.name()).isEqualTo(engine.status());
		assertThat(repeated.body()).as(ask.name()).isEqualTo(engine.body());
		if (engine.hasErrors()) {
			assertThat(wasRepeated).as(ask.name() + ": an answer with errors is the engine's").isFalse();
		}
	}

	private void sameRepeated(String name, String query, Map<String, Object> variables) {
		sameRepeated(new Ask(name, query, variables));
	}

	private record Ask(String name, String query, Map<String, Object> variables, String operationName) {

		Ask(String name, String query, Map<String, Object> variables) {
			this(name, query, variables, null);
		}

		String body() {
			Map<String, Object> body = new java.util.LinkedHashMap<>();
			body.put("query", query);
			if (operationName != null) {
				body.put("operationName", operationName);
			}
			if (!variables.isEmpty()) {
				body.put("variables", variables);
			}
			return tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(body);
		}

	}

}
