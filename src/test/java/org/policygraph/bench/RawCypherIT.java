package org.policygraph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.ingest.GazetteIngester;
import org.policygraph.support.App;
import org.policygraph.support.GraphQlHttp.Response;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark's floor answers the same questions as our API: every catalog question's
 * hand-written Cypher ({@link RawCypher}) runs on the seeded gazette, returns rows, and
 * its key facts equal our GraphQL answer's. Raw Cypher that drifts from the graph (a
 * renamed property or relationship gives nulls or no rows, not an error) fails here
 * instead of timing a query that answers nothing. The graph is the seed and the
 * disclosure page of 四政办发〔2017〕110号, as in QueryCatalogIT's questions across documents,
 * so that the implementation chains (31, 33) have something to compare.
 */
class RawCypherIT {

	static final String SIPING_PAGE = "siping-sizhengbanfa-2017-110-disclosure-page.txt";

	/** How a fact's two sides compare. */
	enum Match {

		/** The same values in the same order. */
		LIST,
		/** The same distinct values in any order (ties ordered differently). */
		SET,
		/**
		 * Our page, and raw Cypher's one more row that tells whether a next page exists.
		 */
		PAGE

	}

	/** One fact of an answer: a JsonPath into ours and the same fact in the raw rows. */
	record Fact(String ours, String raw, Match match) {
	}

	private static Fact fact(String ours, String raw) {
		return new Fact(ours, raw, Match.LIST);
	}

	private static Fact set(String ours, String raw) {
		return new Fact(ours, raw, Match.SET);
	}

	private static Fact page(String ours, String raw) {
		return new Fact(ours, raw, Match.PAGE);
	}

	private static final Map<String, List<Fact>> FACTS = Map.ofEntries(
			Map.entry("01",
					List.of(fact("$.data.serviceItem.name", "$[0].name"),
							fact("$.data.serviceItem.domain.name", "$[0].domain[*].name"),
							fact("$.data.serviceItem.leadDepartments[*].name", "$[0].leadDepartments[*].name"),
							fact("$.data.serviceItem.source.lines", "$[0].lines"))),
			Map.entry("02",
					List.of(fact("$.data.document.title", "$[0].document.title"),
							fact("$.data.document.issuedOn", "$[0].document.issuedOn"),
							fact("$.data.document.annexes[*].no", "$[0].annexes[*].no"),
							fact("$.data.document.cites[*].number", "$[0].cites[*].number"))),
			Map.entry("03",
					List.of(fact("$.data.department.id", "$[0].department.id"),
							fact("$.data.department.itemsLedCount", "$[0].itemsLedCount"),
							fact("$.data.department.taskCount", "$[0].taskCount"),
							page("$.data.department.leads.edges[*].node.no", "$[0].leads[*].no"),
							fact("$.data.department.tasks[*].title", "$[0].tasks[*].title"))),
			Map.entry("04",
					List.of(fact("$.data.serviceItems.totalCount", "$[0].totalCount"),
							page("$.data.serviceItems.edges[*].node.no", "$[*].item.no"))),
			Map.entry("05",
					List.of(fact("$.data.serviceItemCounts[*].key", "$[*].key"),
							fact("$.data.serviceItemCounts[*].count", "$[*].count"))),
			Map.entry("06",
					List.of(set("$.data.serviceItemCounts[*].key", "$[*].key"),
							fact("$.data.serviceItemCounts[*].count", "$[*].count"))),
			Map.entry("07",
					List.of(set("$.data.serviceItemCounts[*].key", "$[*].key"),
							fact("$.data.serviceItemCounts[*].count", "$[*].count"))),
			Map.entry("08",
					List.of(fact("$.data.departments.totalCount", "$[0].totalCount"),
							fact("$.data.departments.edges[*].node.name", "$[0].departments[*].name"),
							fact("$.data.departments.edges[*].node.taskCount", "$[0].departments[*].taskCount"))),
			Map.entry("09",
					List.of(fact("$.data.person.appointments[*].post", "$[0].appointments[*].post"),
							fact("$.data.person.appointments[*].decision.number", "$[0].appointments[*].decision"),
							fact("$.data.person.appointments[*].organization.name",
									"$[0].appointments[*].organization"))),
			Map.entry("10",
					List.of(fact("$.data.document.citedOnly", "$[0].document.citedOnly"),
							fact("$.data.document.citedBy[*].number", "$[0].citedBy[*].number"))),
			Map.entry("11", List.of(fact("$.data.search[*].node.id", "$[*].id"))),
			Map.entry("12", List.of(fact("$.data.connections[*].length", "$[*].length"))),
			Map.entry("C1", List.of(fact("$.data.connections[*].length", "$[*].length"))),
			Map.entry("13", List.of(set("$.data.responsibilityMap.nodes[*].id", "$[*].nodes[*]"))),
			Map.entry("14",
					List.of(fact("$.data.indicators[*].name", "$[*].indicator.name"),
							fact("$.data.indicators[*].target", "$[*].indicator.target"))),
			Map.entry("15",
					List.of(fact("$.data.document.tasks[*].title", "$[0].tasks[*].title"),
							fact("$.data.document.tasks[*].units[*].name", "$[0].tasks[*].units[*]"))),
			Map.entry("16",
					List.of(fact("$.data.document.tasks[*].title", "$[0].tasks[*].title"),
							fact("$.data.document.phasedTargets[*].targetYear", "$[0].phasedTargets[*].targetYear"))),
			Map.entry("17",
					List.of(fact("$.data.document.issuedOn", "$[0].issuedOn"),
							fact("$.data.document.tasks[*].units[*].name", "$[0].tasks[*].units[*].name"))),
			Map.entry("18", List.of(page("$.data.serviceItems.edges[*].node.name", "$[*].name"))),
			Map.entry("19",
					List.of(fact("$.data.serviceItems.totalCount", "$[0].totalCount"),
							page("$.data.serviceItems.edges[*].node.id", "$[*].item.id"))),
			Map.entry("20",
					List.of(fact("$.data.issues[*].title", "$[*].issue.title"),
							fact("$.data.issues[*].editorialBoard[*].person.name",
									"$[*].issue.editorialBoard[*].person"),
							fact("$.data.issues[*].documents[*].number", "$[*].issue.documents[*].number"))),
			Map.entry("21",
					List.of(fact("$.data.serviceItems.totalCount", "$[0].totalCount"),
							page("$.data.serviceItems.edges[*].node.no", "$[*].no"))),
			Map.entry("22",
					List.of(fact("$.data.serviceItem.funding.shares[*].payer", "$[0].shares[*].payer"),
							fact("$.data.serviceItem.funding.shares[*].locality", "$[0].shares[*].locality"))),
			Map.entry("23",
					List.of(fact("$.data.document.appointments[*].person.name", "$[0].appointments[*].person"),
							fact("$.data.document.appointments[*].organization.name",
									"$[0].appointments[*].organization"))),
			Map.entry("24",
					List.of(fact("$.data.document.jurisdiction.code", "$[0].jurisdiction.code"),
							fact("$.data.document.cites[*].number", "$[0].cites[*].number"),
							fact("$.data.document.cites[*].issuer", "$[0].cites[*].issuer"),
							fact("$.data.jurisdiction.code", "$[0].place.code"),
							fact("$.data.jurisdiction.parent.name", "$[0].place.parent"))),
			Map.entry("25", List.of(
					fact("$.data.vaccines.tasks[*].assignments[*].unit.name", "$[0].tasks[*].assignments[*].name"),
					fact("$.data.vaccines.tasks[*].assignments[*].role", "$[0].tasks[*].assignments[*].role"),
					fact("$.data.plan.tasks[*].assignments[*].role", "$[1].tasks[*].assignments[*].role"),
					fact("$.data.plan.tasks[*].assignments[?(@.unit.__typename == 'GenericParty')].unit.id",
							"$[1].tasks[*].assignments[?(@.id != null)].id"),
					fact("$.data.plan.tasks[*].assignments[?(@.unit.__typename == 'GenericParty')].unit.tasks[*].document.number",
							"$[1].tasks[*].assignments[?(@.id != null)].documents[*]"))),
			Map.entry("26",
					List.of(fact("$.data.minimumLiving.funding.shares[*].scope", "$[0].shares[*].scope"),
							fact("$.data.minimumLiving.funding.pattern", "$[0].pattern"),
							fact("$.data.maternityInsurance.funding.shares[*].condition", "$[1].shares[*].condition"),
							fact("$.data.maternityInsurance.funding.shares[*].rate", "$[1].shares[*].rate"),
							fact("$.data.healthSupervision.funding.earmarks[*].fund", "$[2].earmarks[*].fund"),
							fact("$.data.healthSupervision.funding.earmarks[*].purpose", "$[2].earmarks[*].purpose"),
							fact("$.data.traineeship.funding.shares[*].payerName", "$[3].shares[*].payerName"))),
			Map.entry("27",
					List.of(fact("$.data.issues[*].issn", "$[*].issue.issn"),
							fact("$.data.issues[*].cn", "$[*].issue.cn"),
							fact("$.data.issues[*].sponsor", "$[*].issue.sponsor"),
							fact("$.data.issues[*].contacts[*].value", "$[*].issue.contacts[*].value"))),
			Map.entry("28",
					List.of(fact("$.data.document.cites[*].title", "$[0].cites[*].title"),
							fact("$.data.document.cites[*].kind", "$[0].cites[*].kind"),
							fact("$.data.document.cites[*].issuer", "$[0].cites[*].issuer"))),
			Map.entry("29",
					List.of(fact("$.data.indicators[*].name", "$[*].indicator.name"),
							fact("$.data.indicators[*].domain", "$[*].indicator.domain"),
							fact("$.data.indicators[*].serviceDomain.englishName",
									"$[*].indicator.serviceDomain.englishName"))),
			Map.entry("30",
					List.of(fact("$.data.serviceItems.totalCount", "$[0].totalCount"),
							page("$.data.serviceItems.edges[*].node.no", "$[*].no"),
							fact("$.data.serviceItems.edges[*].node.leadDepartments[*].name",
									"$[*].leadDepartments[*]"),
							fact("$.data.serviceItems.edges[*].node.currentLeads[*].name", "$[*].currentLeads[*].name"),
							fact("$.data.serviceItems.edges[*].node.currentLeads[*].predecessors[*].from.name",
									"$[*].currentLeads[*].predecessors[*].from"))),
			Map.entry("31",
					List.of(fact("$.data.document.issuedOn", "$[0].document.issuedOn"),
							fact("$.data.document.implementedBy[*].number", "$[0].implementedBy[*].number"),
							fact("$.data.document.implementedBy[*].issuedOn", "$[0].implementedBy[*].issuedOn"),
							fact("$.data.document.implementedBy[*].source.lines", "$[0].implementedBy[*].lines"))),
			Map.entry("32",
					List.of(fact("$.data.documents.totalCount", "$[0].totalCount"),
							page("$.data.documents.edges[*].node.number", "$[*].document.number"))),
			Map.entry("33",
					List.of(fact("$.data.document.citedOnly", "$[0].document.citedOnly"),
							fact("$.data.document.implementedBy[*].number", "$[0].implementedBy[*].number"),
							fact("$.data.document.implementedBy[*].implementedBy[*].number",
									"$[0].implementedBy[*].implementedBy[*].number"))),
			Map.entry("34",
					List.of(fact("$.data.departments.edges[*].node.name", "$[*].name"),
							fact("$.data.departments.edges[*].node.tasksConnection.totalCount", "$[*].taskCount"),
							fact("$.data.departments.edges[*].node.tasksConnection.edges[0].node.title",
									"$[*].tasks[0].title"))),
			Map.entry("35",
					List.of(fact("$.data.document.tasksConnection.totalCount", "$[0].totalCount"),
							page("$.data.document.tasksConnection.edges[*].node.title", "$[0].tasks[*].title"))),
			Map.entry("D1", List.of(fact("$.data.department.id", "$[0].department.id"),
					fact("$.data.department.aliases", "$[0].department.aliases"))));

	@TestFactory
	Stream<DynamicTest> everyQuestionsRawCypherStatesOurAnswersFacts(@TempDir Path store) throws IOException {
		App app = App.embedded(store, Map.of());
		app.bean(GazetteIngester.class)
			.ingestFile(SIPING_PAGE, Files.readAllBytes(Path.of("src/test/resources/documents").resolve(SIPING_PAGE)));
		RawTarget raw = new RawTarget(app.driver());
		List<Catalog.Question> questions = Catalog.load(Path.of("."));
		// and the questions as the scale phase asks them in a national store, where they
		// differ: on one province's graph they state the same facts
		List<Catalog.Question> national = questions.stream()
			.map(Catalog.Question::inJilin)
			.filter(q -> !questions.contains(q))
			.toList();
		assertThat(national).extracting(Catalog.Question::number).contains("03", "12", "D1");
		return Stream
			.of(questions.stream().map(q -> test(q.name(), q, app, raw)),
					national.stream().map(q -> test(q.name() + " in a national store", q, app, raw)),
					Stream.of(DynamicTest.dynamicTest("stop", app::close)))
			.flatMap(tests -> tests);
	}

	private static DynamicTest test(String name, Catalog.Question question, App app, RawTarget raw) {
		return DynamicTest.dynamicTest(name, () -> {
			Response ours = app.graphql().post(question.ours());
			assertThat(ours.status()).isEqualTo(200);
			assertThat(ours.hasErrors()).as(ours.body()).isFalse();
			List<Map<String, Object>> rows = raw.answer(question);
			assertThat(rows).as("raw rows of %s", question.name()).isNotEmpty();
			List<Fact> facts = FACTS.get(question.number());
			assertThat(facts).as("facts to compare for %s: add them to RawCypherIT.FACTS", question.name())
				.isNotEmpty();
			Object rawJson = JsonPath.parse(rows).json();
			for (Fact fact : facts) {
				compare(question.name(), fact, JsonPath.parse(ours.body()).read(fact.ours()),
						JsonPath.parse(rawJson).read(fact.raw()));
			}
		});
	}

	private static void compare(String question, Fact fact, Object ours, Object raw) {
		List<String> expected = values(ours);
		List<String> actual = values(raw);
		String what = question + ": " + fact.ours() + " vs raw " + fact.raw();
		assertThat(expected).as("%s has something to compare", what).isNotEmpty();
		switch (fact.match()) {
			case LIST -> assertThat(actual).as(what).isEqualTo(expected);
			case SET -> assertThat(actual.stream().distinct().sorted().toList()).as(what)
				.isEqualTo(expected.stream().distinct().sorted().toList());
			case PAGE -> {
				assertThat(actual.size() - expected.size()).as("%s: raw rows beyond the page", what).isBetween(0, 1);
				assertThat(actual.subList(0, expected.size())).as(what).isEqualTo(expected);
			}
		}
	}

	/**
	 * A JsonPath result as strings, nested lists flattened: numbers of either width,
	 * dates and nulls alike on both sides.
	 */
	private static List<String> values(Object result) {
		List<String> values = new ArrayList<>();
		if (result instanceof List<?> list) {
			list.forEach(v -> values.addAll(values(v)));
		}
		else {
			values.add(String.valueOf(result));
		}
		return values;
	}

}
