package org.policygraph.compile;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
import org.policygraph.graphql.Repeats.Repeat;
import org.policygraph.support.CatalogQuestions;
import org.policygraph.support.CatalogQuestions.Ask;
import org.policygraph.support.CatalogQuestions.Question;
import org.policygraph.support.GraphQlHttp.Response;
import org.policygraph.support.SeededGraphIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.support.DefaultGraphQlRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests answered again without the engine: every catalog question, and edits of them,
 * answered by the engine (repeats off), then twice with repeats on (the first recorded,
 * the second repeated): the same HTTP status and body to the byte (data, errors,
 * extensions with the cost and the Cypher queries counted), and which questions repeat.
 */
class RepeatedRequestsIT extends SeededGraphIT {

	/**
	 * The catalog questions answered by the engine however often they are asked: a root
	 * field answered by its resolver (11's search) or a graph view, answered whole and
	 * completed by the engine (12, 13).
	 */
	static final Set<String> NOT_REPEATED = Set.of("11-search-legal-aid.graphql",
			"12-how-is-du-connected-to-legal-aid.graphql", "13-finance-department-map.graphql");

	@Autowired
	private RepeatedRequests repeats;

	@Autowired
	private MeterRegistry meters;

	@AfterEach
	void repeatOn() {
		repeats.enabled(true);
	}

	@TestFactory
	Stream<DynamicTest> everyCatalogQuestionAnswersTheSameRepeated() {
		return CatalogQuestions.each(question -> sameRepeated(new Ask(question.name(), question.query(), Map.of())));
	}

	@Test
	void whichCatalogQuestionsRepeat() {
		TreeSet<String> notRepeated = new TreeSet<>();
		for (Question question : CatalogQuestions.all()) {
			graphql.post(question.query());
			long before = repeats.answered();
			graphql.post(question.query());
			if (repeats.answered() == before) {
				notRepeated.add(question.name());
			}
		}
		assertThat(notRepeated).isEqualTo(new TreeSet<>(NOT_REPEATED));
	}

	@TestFactory
	Stream<DynamicTest> editsAndMistakesAnswerTheSameRepeated() {
		String item = "query Item($no: Int!) { serviceItem(no: $no) { no name leadDepartments { name } } }";
		Map<String, Object> nothing = Map.of();
		return Stream
			.concat(CatalogQuestions.edits().stream(),
					Stream.of(
							new Ask("the same document, other variables", CatalogQuestions.PROFILE,
									Map.of("withTasks", true, "noLeads", false, "name", "教育厅")),
							new Ask("an item by variable", item, Map.of("no", 2)),
							new Ask("another item by the same document", item, Map.of("no", 53)),
							new Ask("a variable of the wrong type", item, Map.of("no", "two")),
							new Ask("an unknown item", item, Map.of("no", 9999)),
							new Ask("two operations, the second named",
									"query A { serviceItem(no: 1) { name } } "
											+ "query B { serviceItem(no: 2) { no name } }",
									nothing, "B"),
							new Ask("the root's __typename", "{ __typename serviceItem(no: 1) { name } }", nothing)))
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

	/**
	 * A known request that reaches the engine another way (GET, which is never repeated)
	 * keeps its entry: the same one, not learned again.
	 */
	@Test
	void aKnownRequestAnsweredByTheEngineIsNotLearnedAgain() throws Exception {
		String query = "{ serviceItem(no: 4) { no name } }";
		graphql.post(query);
		Repeat known = repeats.find(new DefaultGraphQlRequest(query));
		assertThat(known).isNotNull();
		long before = repeats.answered();
		HttpResponse<String> get = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(
					"http://localhost:" + port + "/graphql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
				.GET()
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(get.statusCode()).as(get.body()).isEqualTo(200);
		assertThat(get.body()).isEqualTo(graphql.post(query).body());
		assertThat(repeats.answered()).as("the GET executed, the POST repeated").isEqualTo(before + 1);
		assertThat(repeats.find(new DefaultGraphQlRequest(query))).isSameAs(known);
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

}
