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
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.ingest.GazetteIngester;
import org.policygraph.support.App;
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
	}), Map.entry("34-departments-with-their-first-tasks.graphql", r -> {
		List<Map<String, Object>> departments = r.read("$.data.departments.edges[*].node");
		assertThat(departments).hasSize(5);
		assertThat(departments.getFirst()).containsEntry("name", "省住房城乡建设厅");
		for (Map<String, Object> department : departments) {
			Map<String, Object> page = JsonPath.read(department, "$.tasksConnection");
			assertThat(page.get("totalCount")).as("%s", department.get("name")).isEqualTo(department.get("taskCount"));
			List<Map<String, Object>> tasks = JsonPath.read(page, "$.edges[*].node");
			assertThat(tasks).hasSize(3);
			assertThat(JsonPath.<Boolean>read(page, "$.pageInfo.hasNextPage")).isTrue();
			for (Map<String, Object> task : tasks) {
				// each task quotes the lines it is printed on, and its title is in them
				List<Integer> lines = JsonPath.read(task, "$.source.lines");
				String printed = String.join("\n", GazetteText.lines().subList(lines.getFirst() - 1, lines.getLast()));
				assertThat(JsonPath.<String>read(task, "$.source.text")).isEqualTo(printed);
				assertThat(GazetteText.squeeze(printed))
					.contains(GazetteText.squeeze(JsonPath.<String>read(task, "$.title")));
			}
		}
		// 7 推动基本住房保障领域发展指标、重点任务、保障措施有效落实。 省住房城乡建设厅牵头
		assertThat(r.<String>read("$.data.departments.edges[0].node.tasksConnection.edges[0].node.source.text"))
			.isEqualTo(GazetteText.lines().get(729 - 1));
	}), Map.entry("35-the-plans-tasks-ten-at-a-time.graphql", r -> {
		assertThat((Integer) r.read("$.data.document.tasksConnection.totalCount")).isEqualTo(25);
		assertThat((Boolean) r.read("$.data.document.tasksConnection.pageInfo.hasNextPage")).isTrue();
		assertThat((Boolean) r.read("$.data.document.tasksConnection.pageInfo.hasPreviousPage")).isFalse();
		List<Map<String, Object>> tasks = r.read("$.data.document.tasksConnection.edges[*].node");
		assertThat(tasks).hasSize(10);
		for (int i = 0; i < tasks.size(); i++) {
			// Annex 2's rows in printed order: "1\t制定吉林省基本公共服务清单…\t省发展改革委牵头…"
			int line = JsonPath.<Integer>read(tasks.get(i), "$.source.lines[0]");
			assertThat(GazetteText.lines().get(line - 1)).startsWith((i + 1) + "\t");
			assertThat(tasks.get(i)).containsEntry("kind", "KEY_TASK");
		}
		assertThat(r.<List<String>>read("$.data.document.tasksConnection.edges[0].node.units[*].name"))
			.containsExactly("省发展改革委");
		assertThat(line(721)).contains("省发展改革委牵头");
	}), Map.entry("32-jilin-documents-citing-a-national-plan.graphql", r -> {
		// 52号: 为贯彻落实《国务院关于印发“十三五”推进基本公共服务均等化规划的通知》（国发〔2017〕9号）
		assertThat((Integer) r.read("$.data.documents.totalCount")).isEqualTo(1);
		assertThat(r.<List<String>>read("$.data.documents.edges[*].node.number")).containsExactly("吉政办发〔2017〕52号");
		assertThat(r.<List<String>>read("$.data.documents.edges[0].node.cites[*].number")).contains("国发〔2017〕9号");
		assertThat(GazetteText.lines().stream().anyMatch(line -> line.contains("（国发〔2017〕9号）"))).isTrue();
	}), Map.entry("23-company-board-designations.graphql", r -> {
		assertThat(r.<List<String>>read("$.data.document.appointments[*].person.name")).containsExactly("张志新", "王成");
		assertThat(r.<List<String>>read("$.data.document.appointments[*].action")).containsExactly("DESIGNATE",
				"APPOINT");
	}), Map.entry("24-places-of-the-plan.graphql", r -> {
		// 吉政办发: the General Office of 吉林省; the plan it implements, 国发〔2017〕9号, the
		// State Council's
		assertThat(r.<Map<String, Object>>read("$.data.document.jurisdiction")).containsEntry("name", "吉林省")
			.containsEntry("code", "220000")
			.containsEntry("level", "PROVINCE");
		assertThat(r.<List<String>>read("$.data.document.cites[?(@.number == '国发〔2017〕9号')].jurisdiction.level"))
			.containsExactly("NATIONAL");
		assertThat(r.<List<String>>read("$.data.document.cites[?(@.number == '国发〔2017〕9号')].issuer"))
			.containsExactly("国务院");
		assertThat(r.<Map<String, Object>>read("$.data.jurisdiction")).containsEntry("name", "四平市")
			.containsEntry("code", "220300")
			.containsEntry("parent", Map.of("name", "吉林省"));
	}), Map.entry("25-who-leads-and-who-helps.graphql", r -> {
		// lines 863, 867, 873, 899, 911 of the vaccine notice
		assertThat(r.<List<String>>read("$.data.vaccines.tasks[*].title")).containsExactly("加强组织领导，完善工作机制",
				"规范疫苗集中采购工作", "加强疫苗全程追溯管理", "完善预防接种相关价格政策", "强化督导检查");
		assertThat(line(863)).contains("省卫生计生委、省食品药品监督管理局牵头，会同相关部门");
		assertThat(r.<List<String>>read("$.data.vaccines.tasks[0].assignments[*].role")).containsExactly("LEAD", "LEAD",
				"RESPONSIBLE");
		assertThat(r.<List<String>>read("$.data.vaccines.tasks[0].assignments[*].unit.name")).containsExactly("省卫生计生委",
				"省食品药品监督管理局", "相关部门");
		assertThat(r.<List<String>>read("$.data.vaccines.tasks[0].assignments[*].unit.__typename"))
			.containsExactly("Department", "Department", "GenericParty");
		assertThat(line(899)).contains("省级价格主管部门负责核定第二类疫苗接种服务费标准");
		assertThat(r.<List<String>>read("$.data.vaccines.tasks[3].assignments[*].unit.name"))
			.containsExactly("省级价格主管部门");
		// Annex 2 row 25, line 749: 省发展改革委牵头，地方各级政府和其 其他有关部门按职责分工负责
		assertThat(line(749)).contains("省发展改革委牵头，地方各级政府和其 其他有关部门按职责分工负责");
		List<Map<String, Object>> lastKeyTask = r.read("$.data.plan.tasks[24].assignments");
		assertThat(lastKeyTask).extracting(a -> a.get("role") + " " + ((Map<?, ?>) a.get("unit")).get("name"))
			.containsExactly("LEAD 省发展改革委", "RESPONSIBLE 地方各级政府", "RESPONSIBLE 其他有关部门");
		// every row of Annex 2 (lines 719-749) hands the rest to 其他有关部门按职责分工负责
		assertThat((String) r.read("$.data.plan.tasks[0].assignments[1].unit.id")).startsWith("GenericParty:")
			.endsWith("其他有关部门");
		assertThat(r.<List<String>>read("$.data.plan.tasks[0].assignments[1].unit.tasks[*].document.number"))
			.hasSize(25)
			.containsOnly("吉政办发〔2017〕52号");
	}), Map.entry("26-funding-scope-conditions-earmarks.graphql", r -> {
		// item 48 (line 676): 市政府负责,中央、省财政对困难地区适当补助。
		assertThat(r.<List<String>>read("$.data.minimumLiving.funding.shares[*].scope")).containsExactly("困难地区", "困难地区",
				null);
		assertThat((String) r.read("$.data.minimumLiving.funding.pattern"))
			.isEqualTo("CENTRAL:SUBSIDY+PROVINCE:SUBSIDY+CITY:RESPONSIBLE");
		// item 24: 累计结余超过9个月的统筹地区，应将费率控制在用人单位工资总额的0.5%以内。
		assertThat(r.<List<String>>read("$.data.maternityInsurance.funding.shares[*].condition"))
			.containsExactly("累计结余超过9个月的统筹地区");
		assertThat(r.<List<String>>read("$.data.maternityInsurance.funding.shares[*].rate"))
			.containsExactly("工资总额的0.5%以内");
		// item 36: 基本公共卫 生服务经费 8% 用于 卫生监督协管。
		assertThat(r.<List<String>>read("$.data.healthSupervision.funding.earmarks[*].purpose"))
			.containsExactly("卫生监督协管");
		assertThat(r.<List<String>>read("$.data.healthSupervision.funding.earmarks[*].share")).containsExactly("8%");
		// item 12: 所需资金由见习单位和地方政府分担: 地方政府 is one payer, not city and county
		assertThat((String) r.read("$.data.traineeship.funding.pattern")).isEqualTo("LOCAL:SHARED+EMPLOYER:SHARED");
		assertThat(r.<List<String>>read("$.data.traineeship.funding.shares[*].payerName")).containsExactly("地方政府",
				"用人单位");
	}), Map.entry("27-masthead-identifiers.graphql", r -> {
		assertThat((String) r.read("$.data.issues[0].issn")).isEqualTo("1009-4791");
		assertThat(line(101)).isEqualTo("国际标准刊号: ISSN1009-4791");
		assertThat((String) r.read("$.data.issues[0].cn")).isEqualTo("22-1416/D");
		assertThat(line(103)).isEqualTo("国内统一刊号: CN22-1416/D");
		assertThat((String) r.read("$.data.issues[0].frequency")).isEqualTo("半月刊");
		assertThat((String) r.read("$.data.issues[0].editorialOffice")).isEqualTo("吉林省人民政府公报室");
		assertThat((String) r.read("$.data.issues[0].sponsor")).isEqualTo("吉林省人民政府");
		assertThat(r.<List<String>>read("$.data.issues[0].contacts[*].label")).containsExactly("地址", "邮编", "电话", "传真",
				"网址", "电子信箱");
		assertThat(r.<List<String>>read("$.data.issues[0].contacts[*].value")).containsExactly("长春市新发路329号", "130051",
				"0431-88904752", "0431-88904752", "zb.jl.gov.cn", "jilinzhengbao@jl.gov.cn");
	}), Map.entry("28-what-the-plan-relies-on.graphql", r -> {
		List<Map<String, Object>> cited = r.read("$.data.document.cites");
		assertThat(cited).hasSize(12);
		// line 319: 依据社会保险法等法律、法规 — a law named without 《》
		assertThat(line(319)).contains("依据社会保险法等法律");
		assertThat(cited).extracting(d -> d.get("title") + "|" + d.get("kind") + "|" + d.get("issuer"))
			.contains("中华人民共和国社会保险法|LAW|null", "中华人民共和国公务员法|LAW|null", "“十三五”推进基本公共服务均等化规划|PLAN|国务院",
					"幼儿园工作规程|REGULATION|教育部", "吉林省残疾人就业办法|REGULATION|吉林省人民政府");
	}), Map.entry("29-social-insurance-indicators.graphql", r -> {
		// lines 184-186: the table heads them 社会保险服务; the service list calls the domain
		// 基本社会保险
		assertThat(line(184)).startsWith("社会保险服务");
		assertThat(r.<List<String>>read("$.data.indicators[*].name")).containsExactly("基本养老保险参保率", "基本医疗保险参保率");
		assertThat(r.<List<String>>read("$.data.indicators[*].domain")).containsOnly("社会保险服务");
		assertThat(r.<List<String>>read("$.data.indicators[*].serviceDomain.name")).containsOnly("基本社会保险");
	}), Map.entry("30-health-items-led-today.graphql", r -> {
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

	/**
	 * Questions across documents, asked of a graph that holds the seed and the real
	 * disclosure page of 四政办发〔2017〕110号 ({@code src/test/resources/documents/}), ingested
	 * as a user would; the shared seeded graph stays as the seed made it.
	 */
	private final Map<String, Consumer<Response>> acrossDocuments = Map
		.of("31-cities-implementing-the-provincial-plan.graphql", r -> {
			assertThat((String) r.read("$.data.document.issuedOn")).isEqualTo("2017-06-29");
			assertThat(r.<List<String>>read("$.data.document.implementedBy[*].number"))
				.containsExactly("四政办发〔2017〕110号");
			assertThat(r.<List<String>>read("$.data.document.implementedBy[*].issuer")).containsExactly("四平市人民政府办公室");
			java.time.LocalDate province = java.time.LocalDate.parse(r.read("$.data.document.issuedOn"));
			java.time.LocalDate city = java.time.LocalDate.parse(r.read("$.data.document.implementedBy[0].issuedOn"));
			assertThat(java.time.temporal.ChronoUnit.DAYS.between(province, city)).isEqualTo(173);
			// the sentence that says so, as the page prints it
			assertThat((String) r.read("$.data.document.implementedBy[0].source.file"))
				.isEqualTo("siping-sizhengbanfa-2017-110-disclosure-page.txt");
		}, "33-implementation-chain-from-the-state-council.graphql", r -> {
			// national (cited only) → 吉林省 (52号, line 125: 为贯彻落实国家《…规划》（国发〔2017〕9号）) → 四平市
			assertThat((Boolean) r.read("$.data.document.citedOnly")).isTrue();
			assertThat(r.<List<String>>read("$.data.document.implementedBy[*].number"))
				.containsExactly("吉政办发〔2017〕52号");
			assertThat(r.<List<String>>read("$.data.document.implementedBy[0].implementedBy[*].number"))
				.containsExactly("四政办发〔2017〕110号");
			assertThat(r.<List<String>>read("$.data.document.implementedBy[0].implementedBy[*].issuedOn"))
				.containsExactly("2017-12-19");
		});

	@TestFactory
	Stream<DynamicTest> everyQuestionAcrossDocumentsAnswersIt(@TempDir Path store) throws IOException {
		App app = App.embedded(store, Map.of());
		app.bean(GazetteIngester.class)
			.ingestFile("siping-sizhengbanfa-2017-110-disclosure-page.txt", Files.readAllBytes(
					Path.of("src/test/resources/documents/siping-sizhengbanfa-2017-110-disclosure-page.txt")));
		return Stream
			.concat(acrossDocuments.keySet().stream().sorted().map(name -> DynamicTest.dynamicTest(name, () -> {
				Response response = app.graphql().post(Files.readString(CATALOG.resolve(name), StandardCharsets.UTF_8));
				assertThat(response.status()).isEqualTo(200);
				assertThat(response.hasErrors()).as(response.body()).isFalse();
				acrossDocuments.get(name).accept(response);
			})), Stream.of(DynamicTest.dynamicTest("stop", app::close)));
	}

	@TestFactory
	Stream<DynamicTest> everyCatalogQueryAnswersItsQuestion() throws IOException {
		try (Stream<Path> files = Files.list(CATALOG)) {
			return files.filter(f -> f.toString().endsWith(".graphql"))
				.filter(f -> !acrossDocuments.containsKey(f.getFileName().toString()))
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

	private static String line(int number) {
		return GazetteText.lines().get(number - 1).strip();
	}

	private static GazetteText.ServiceRow row(int no) {
		return GazetteText.serviceRows().stream().filter(r -> r.no() == no).findFirst().orElseThrow();
	}

}
