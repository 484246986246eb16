package org.policygraph.compile;

import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.policygraph.support.CatalogQuestions;
import org.policygraph.support.CatalogQuestions.Ask;
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

	@Autowired
	private CompiledCompletion completion;

	@AfterEach
	void walkOn() {
		completion.enabled(true);
	}

	@TestFactory
	Stream<DynamicTest> everyCatalogQuestionAnswersTheSameInOneStep() {
		return CatalogQuestions.each(question -> sameBothWays(question.name(), question.query(), Map.of()));
	}

	/**
	 * The walk is taken where it should be, so the comparisons above compare two paths.
	 */
	@Test
	void compiledPointLookupsAreCompletedInOneStep() {
		for (String question : new String[] { "01-item-leads.graphql", "02-document-by-number.graphql",
				"03-department-profile.graphql", "08-departments-ranked.graphql", "19-health-items-page.graphql",
				"26-funding-scope-conditions-earmarks.graphql", "27-masthead-identifiers.graphql" }) {
			long before = completion.completed();
			graphql.post(CatalogQuestions.query(question));
			assertThat(completion.completed()).as(question).isGreaterThan(before);
		}
	}

	@TestFactory
	Stream<DynamicTest> editsAndMistakesAnswerTheSameInOneStep() {
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
		return Stream
			.concat(CatalogQuestions.edits().stream(), Stream.of(
					new Ask("a document with its annexes", document, Map.of("number", "吉政办发〔2017〕52号")),
					new Ask("a document without its annexes", document,
							Map.of("number", "吉政办发〔2017〕52号", "annexes", false)),
					new Ask("an unknown department beside a known one",
							"{ department(name: \"财政局\") { name } d: department(name: \"财政厅\") { name } }", nothing)))
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

}
