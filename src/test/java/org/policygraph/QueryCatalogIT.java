package org.policygraph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.policygraph.department.DepartmentRegistry;
import org.policygraph.succession.Successions;
import org.policygraph.support.GazetteText;
import org.policygraph.support.GraphQlHttp.Response;
import org.policygraph.support.SeededGraphIT;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs every example in {@code queries/} through {@code /graphql} and checks its answer
 * against the gazette. A new file without an expectation here fails the build, so the
 * catalog can't drift into untested examples.
 */
class QueryCatalogIT extends SeededGraphIT {

	static final Path CATALOG = Path.of("queries");

	private final Map<String, Consumer<Response>> expectations = Map.ofEntries(Map.entry("01-item-leads.graphql", r -> {
		assertThat((String) r.read("$.data.serviceItem.name")).isEqualTo("免费义务教育");
		assertThat(r.<List<String>>read("$.data.serviceItem.leadDepartments[*].name")).containsExactly("省财政厅", "省教育厅");
		assertThat((String) r.read("$.data.serviceItem.domain.name")).isEqualTo("基本公共教育");
		assertThat((String) r.read("$.data.serviceItem.source.text"))
			.isEqualTo(GazetteText.lines().get(row(1).line() - 1));
	}), Map.entry("02-document-by-number.graphql", r -> {
		assertThat((String) r.read("$.data.document.number")).isEqualTo("吉政办发〔2017〕52号");
		assertThat((String) r.read("$.data.document.issuedOn")).isEqualTo("2017-06-29");
		assertThat(r.<List<Integer>>read("$.data.document.annexes[*].no")).containsExactly(1, 2);
		assertThat(r.<List<String>>read("$.data.document.cites[*].number")).contains("国发〔2017〕9号");
	}), Map.entry("03-department-profile.graphql", r -> {
		assertThat((String) r.read("$.data.department.name")).isEqualTo("省财政厅");
		long led = GazetteText.serviceRows().stream().filter(x -> x.leads().contains("省财政厅")).count();
		assertThat((Integer) r.read("$.data.department.itemsLedCount")).isEqualTo((int) led);
		assertThat((Integer) r.read("$.data.department.leads.totalCount")).isEqualTo((int) led);
		assertThat(r.<List<Object>>read("$.data.department.leads.edges")).hasSize(5);
		assertThat(r.<List<String>>read("$.data.department.tasks[*].document.number")).contains("吉政办发〔2017〕52号",
				"吉政办发〔2017〕55号");
	}), Map.entry("04-central-subsidy-county-responsible.graphql", r -> {
		List<Integer> nos = r.read("$.data.serviceItems.edges[*].node.no");
		// Reviewed against each item's 支出责任 sentence (see FundingGrammarTests for the
		// item-by-item table).
		assertThat(nos).containsExactly(4, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 61, 64, 65, 68, 69,
				70, 71, 73, 74, 75, 76, 79, 80, 81, 82, 83, 84, 85);
		assertThat((Integer) r.read("$.data.serviceItems.totalCount")).isEqualTo(33);
	}), Map.entry("05-items-per-domain.graphql", r -> {
		assertThat(r.<List<String>>read("$.data.serviceItemCounts[*].key")).hasSize(8).startsWith("基本公共教育");
		assertThat(r.<List<Integer>>read("$.data.serviceItemCounts[*].count")).containsExactly(8, 11, 7, 21, 13, 3, 11,
				11);
	}), Map.entry("06-items-per-lead-department.graphql", r -> {
		List<Map<String, Object>> groups = r.read("$.data.serviceItemCounts");
		long finance = GazetteText.serviceRows().stream().filter(x -> x.leads().contains("省财政厅")).count();
		assertThat(groups.getFirst()).containsEntry("key", "省财政厅").containsEntry("count", (int) finance);
	}), Map.entry("07-funding-patterns.graphql", r -> {
		List<Integer> counts = r.read("$.data.serviceItemCounts[*].count");
		assertThat(counts.stream().mapToInt(Integer::intValue).sum()).isEqualTo(85);
	}), Map.entry("08-departments-ranked.graphql", r -> {
		assertThat((String) r.read("$.data.departments.edges[0].node.name")).isEqualTo("省财政厅");
		List<Integer> led = r.read("$.data.departments.edges[*].node.itemsLedCount");
		assertThat(led).hasSize(10).isSortedAccordingTo(java.util.Comparator.reverseOrder());
	}), Map.entry("09-appointments-of-a-person.graphql", r -> {
		assertThat(r.<List<String>>read("$.data.person.appointments[*].action")).containsExactlyInAnyOrder("APPOINT",
				"REMOVE");
		assertThat(r.<List<String>>read("$.data.person.appointments[*].source.text").getFirst())
			.contains("任命杜延华为省司法厅巡视员");
	}), Map.entry("10-who-cites-the-guidance.graphql", r -> {
		assertThat((Boolean) r.read("$.data.document.citedOnly")).isTrue();
		assertThat(r.<List<String>>read("$.data.document.citedBy[*].number")).contains("吉政办发〔2017〕55号");
	}), Map.entry("11-search-legal-aid.graphql", r -> {
		assertThat((String) r.read("$.data.search[0].node.name")).isEqualTo("法律援助");
	}), Map.entry("12-how-is-du-connected-to-legal-aid.graphql", r -> {
		assertThat(r.<List<String>>read("$.data.connections[0].nodes[*].label").toString()).contains("杜延华")
			.contains("省司法厅");
	}), Map.entry("13-finance-department-map.graphql", r -> {
		assertThat(r.<List<String>>read("$.data.responsibilityMap.nodes[*].type")).contains("ServiceItem", "Payer",
				"Department");
		assertThat(r.<List<String>>read("$.data.responsibilityMap.edges[*].englishLabel")).contains("leads",
				"funded by");
	}), Map.entry("14-indicators-of-education.graphql", r -> {
		assertThat(r.<List<String>>read("$.data.indicators[*].name")).hasSize(3).contains("学前三年毛入园率");
		assertThat(r.<List<String>>read("$.data.indicators[*].baseline")).containsExactly("76.5", "56.7", "95");
		assertThat(r.<List<String>>read("$.data.indicators[*].target")).containsExactly("90", "100", "95");
	}), Map.entry("15-key-tasks-of-the-plan.graphql", r -> {
		List<Map<String, Object>> keyTasks = r.read("$.data.document.tasks[?(@.kind == 'KEY_TASK')]");
		assertThat(keyTasks).hasSize(25);
	}), Map.entry("16-prefab-building-tasks.graphql", r -> {
		assertThat(r.<List<Object>>read("$.data.document.tasks[?(@.kind == 'TASK')]")).hasSize(10);
		assertThat(r.<List<Object>>read("$.data.document.tasks[?(@.kind == 'POLICY_MEASURE')]")).hasSize(6);
		assertThat(r.<List<Integer>>read("$.data.document.phasedTargets[*].targetYear")).containsExactly(2018, 2020,
				2025);
	}), Map.entry("17-vaccine-notice-leads.graphql", r -> {
		assertThat(r.<List<String>>read("$.data.document.tasks[*].units[*].name")).contains("省卫生计生委", "省食品药品监督管理局");
	}), Map.entry("18-officials-of-legal-aid-bureaus.graphql", r -> {
		assertThat(r.<List<String>>read("$..person.name")).contains("杜延华");
	}), Map.entry("19-health-items-page.graphql", r -> {
		assertThat((Integer) r.read("$.data.serviceItems.totalCount")).isEqualTo(21);
		assertThat((Boolean) r.read("$.data.serviceItems.pageInfo.hasNextPage")).isTrue();
		assertThat(r.<List<Integer>>read("$.data.serviceItems.edges[*].node.no")).startsWith(27, 28);
	}), Map.entry("20-issue-masthead.graphql", r -> {
		assertThat((Integer) r.read("$.data.issues[0].cumulativeNumber")).isEqualTo(762);
		assertThat((String) r.read("$.data.issues[0].publishedOn")).isEqualTo("2017-11-30");
		assertThat(r.<List<String>>read("$.data.issues[0].editorialBoard[*].person.name")).contains("于亮", "邹宗刚", "王茜");
	}), Map.entry("21-employer-paid-insurance.graphql", r -> {
		assertThat(r.<List<Integer>>read("$.data.serviceItems.edges[*].node.no")).contains(20, 22, 24, 26);
		assertThat(r.<List<String>>read("$..shares[?(@.payer == 'EMPLOYER')].rate").toString()).contains("工资总额的20%");
	}), Map.entry("22-named-localities.graphql", r -> {
		assertThat(r.<List<String>>read("$.data.serviceItem.funding.shares[*].locality")).contains("延边州", "前郭县", "长白县");
	}), Map.entry("23-company-board-designations.graphql", r -> {
		assertThat(r.<List<String>>read("$.data.document.appointments[*].person.name")).containsExactly("张志新", "王成");
		assertThat(r.<List<String>>read("$.data.document.appointments[*].action")).containsExactly("DESIGNATE",
				"APPOINT");
	}), Map.entry("24-health-items-led-today.graphql", r -> {
		assertThat((Integer) r.read("$.data.serviceItems.totalCount")).isEqualTo(21);
		List<Map<String, Object>> items = r.read("$.data.serviceItems.edges[*].node");
		assertThat(items).hasSize(21);
		// Today's bodies, recomputed from the printed lead column of Annex 1 and the
		// reviewed successions: the gazette's 省卫生计生委 is today's 省卫生健康委员会.
		Map<Integer, List<String>> expected = new HashMap<>();
		for (GazetteText.ServiceRow row : GazetteText.serviceRows()) {
			if (row.no() >= 27 && row.no() <= 47) {
				// Annex 1 prints its leads as plain lists (省卫生计生委、省财政厅).
				expected.put(row.no(),
						Arrays.stream(row.leads().split("、"))
							.map(registry()::resolve)
							.flatMap(lead -> successions().current(lead).stream())
							.distinct()
							.toList());
			}
		}
		assertThat(expected).isNotEmpty();
		for (Map<String, Object> item : items) {
			int no = (Integer) item.get("no");
			List<String> today = JsonPath.read(item, "$.currentLeads[*].name");
			List<String> printed = JsonPath.read(item, "$.leadDepartments[*].name");
			if (expected.containsKey(no)) {
				assertThat(today).as("item %d", no).containsExactlyElementsOf(expected.get(no));
			}
			assertThat(today).as("item %d", no).doesNotContain("省卫生计生委");
			if (printed.contains("省卫生计生委")) {
				assertThat(today).as("item %d", no).contains("省卫生健康委员会");
			}
		}
		assertThat(r.<List<String>>read("$..currentLeads[?(@.name == '省卫生健康委员会')].foundedOn")).isNotEmpty()
			.containsOnly("2018-10-18");
		assertThat(r.<List<String>>read("$..currentLeads[?(@.name == '省卫生健康委员会')].predecessors[*].from.name"))
			.contains("省卫生计生委", "省安监局");
	}));

	@TestFactory
	Stream<DynamicTest> everyCatalogQueryAnswersItsQuestion() throws IOException {
		try (Stream<Path> files = Files.list(CATALOG)) {
			return files.filter(f -> f.toString().endsWith(".graphql"))
				.sorted()
				.toList()
				.stream()
				.map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
					String query = Files.readString(file, StandardCharsets.UTF_8);
					assertThat(query.lines().findFirst().orElse("")).as("the question, as a comment").startsWith("# ");
					Response response = graphql.post(query);
					assertThat(response.status()).isEqualTo(200);
					assertThat(response.hasErrors()).as(response.body()).isFalse();
					Consumer<Response> expectation = expectations.get(file.getFileName().toString());
					assertThat(expectation).as("an expectation for " + file).isNotNull();
					expectation.accept(response);
				}));
		}
	}

	@Test
	void theCatalogHasAtLeastTwentyQuestions() throws IOException {
		try (Stream<Path> files = Files.list(CATALOG)) {
			assertThat(files.filter(f -> f.toString().endsWith(".graphql")).count()).isGreaterThanOrEqualTo(20);
		}
	}

	private static DepartmentRegistry registry() {
		return DepartmentRegistry.loadDefault();
	}

	private static Successions successions() {
		try (var in = Files.newInputStream(Path.of("graph-seed", Successions.FILE_NAME))) {
			return Successions.load(in, "successions.tsv", registry());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static GazetteText.ServiceRow row(int no) {
		return GazetteText.serviceRows().stream().filter(r -> r.no() == no).findFirst().orElseThrow();
	}

}
