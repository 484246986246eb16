package org.policygraph.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.policygraph.ingest.record.DomainRecord;
import org.policygraph.ingest.record.Gazette;
import org.policygraph.ingest.record.ServiceItemRecord;

/**
 * Annex 1 of 吉政办发〔2017〕52号, the basic public service list, read from the real gazette.
 */
class GazetteServiceListTests {

	private final Gazette gazette = Gazettes.real();

	@Test
	void theListHas85ItemsInEightDomains() {
		assertThat(gazette.serviceItems()).hasSize(85);
		assertThat(gazette.serviceItems()).extracting(ServiceItemRecord::no)
			.containsExactlyElementsOf(IntStream.rangeClosed(1, 85).boxed().toList());
		assertThat(gazette.serviceItems())
			.allSatisfy(item -> assertThat(item.documentKey()).isEqualTo("吉政办发〔2017〕52号"));
		assertThat(gazette.domains()).extracting(DomainRecord::order, DomainRecord::name, DomainRecord::englishName)
			.containsExactly(tuple(1, "基本公共教育", "Basic public education"),
					tuple(2, "基本劳动就业创业", "Basic employment and entrepreneurship"),
					tuple(3, "基本社会保险", "Basic social insurance"),
					tuple(4, "基本医疗卫生", "Basic medical and health services"),
					tuple(5, "基本社会服务", "Basic social services"), tuple(6, "基本住房保障", "Basic housing security"),
					tuple(7, "基本公共文化体育服务", "Basic public cultural and sports services"),
					tuple(8, "残疾人基本公共服务", "Basic public services for persons with disabilities"));
		assertThat(gazette.domains()).extracting(domain -> domain.source().fromLine())
			.containsExactly(604, 615, 629, 639, 665, 681, 687, 701);
	}

	@Test
	void itemsPerDomain() {
		Map<String, Long> perDomain = gazette.serviceItems()
			.stream()
			.collect(Collectors.groupingBy(ServiceItemRecord::domain, LinkedHashMap::new, Collectors.counting()));
		assertThat(perDomain).containsExactly(Map.entry("基本公共教育", 8L), Map.entry("基本劳动就业创业", 11L),
				Map.entry("基本社会保险", 7L), Map.entry("基本医疗卫生", 21L), Map.entry("基本社会服务", 13L), Map.entry("基本住房保障", 3L),
				Map.entry("基本公共文化体育服务", 11L), Map.entry("残疾人基本公共服务", 11L));
	}

	/**
	 * Every item's 牵头负责单位 in printed order, canonical names. 人民银行长春中心支行 (item 10) is
	 * 中国人民银行长春中心支行, 省食品药品监管局 (item 47) is 省食品药品监督管理局, and the spaced cells of items 30-42
	 * ("省 卫 生 计 生 委") are read as the departments they name.
	 */
	@Test
	void leadDepartmentsOfEveryItem() {
		String table = """
				1  | 省财政厅、省教育厅
				2  | 省教育厅、省财政厅
				3  | 省财政厅、省教育厅
				4  | 省财政厅、省教育厅
				5  | 省财政厅、省教育厅、省人力资源社会保障厅
				6  | 省财政厅、省教育厅、省人力资源社会保障厅
				7  | 省财政厅、省教育厅
				8  | 省财政厅、省教育厅
				9  | 省人力资源社会保障厅
				10 | 省人力资源社会保障厅、省财政厅、中国人民银行长春中心支行
				11 | 省人力资源社会保障厅
				12 | 省人力资源社会保障厅、省财政厅
				13 | 省人力资源社会保障厅
				14 | 省人力资源社会保障厅
				15 | 省人力资源社会保障厅
				16 | 省人力资源社会保障厅
				17 | 省人力资源社会保障厅
				18 | 省人力资源社会保障厅
				19 | 省人力资源社会保障厅
				20 | 省人力资源社会保障厅
				21 | 省人力资源社会保障厅、省财政厅
				22 | 省人力资源社会保障厅、省卫生计生委
				23 | 省人力资源社会保障厅、省卫生计生委、省财政厅
				24 | 省人力资源社会保障厅
				25 | 省人力资源社会保障厅
				26 | 省人力资源社会保障厅
				27 | 省卫生计生委
				28 | 省卫生计生委
				29 | 省卫生计生委
				30 | 省卫生计生委
				31 | 省卫生计生委
				32 | 省卫生计生委
				33 | 省卫生计生委
				34 | 省卫生计生委
				35 | 省卫生计生委
				36 | 省卫生计生委
				37 | 省卫生计生委
				38 | 省卫生计生委、省中医药管理局
				39 | 省卫生计生委、省中医药管理局
				40 | 省卫生计生委
				41 | 省卫生计生委
				42 | 省卫生计生委、省财政厅
				43 | 省卫生计生委
				44 | 省卫生计生委、省财政厅
				45 | 省卫生计生委、省财政厅
				46 | 省卫生计生委、省财政厅
				47 | 省食品药品监督管理局
				48 | 省民政厅、省财政厅
				49 | 省民政厅、省财政厅、省住房城乡建设厅、省教育厅
				50 | 省民政厅、省卫生计生委、省财政厅
				51 | 省民政厅、省财政厅
				52 | 省民政厅、省财政厅
				53 | 省司法厅、省财政厅
				54 | 省民政厅、省财政厅
				55 | 省民政厅、省财政厅
				56 | 省民政厅
				57 | 省民政厅、省财政厅
				58 | 省民政厅、省财政厅
				59 | 省民政厅、省财政厅
				60 | 省民政厅、省财政厅
				61 | 省住房城乡建设厅、省财政厅
				62 | 省住房城乡建设厅、省财政厅
				63 | 省住房城乡建设厅、省财政厅
				64 | 省文化厅、省财政厅
				65 | 省文化厅、省教育厅、省新闻出版广电局
				66 | 省新闻出版广电局、省财政厅
				67 | 省新闻出版广电局、省财政厅
				68 | 省新闻出版广电局、省财政厅、省教育厅
				69 | 省文化厅、省新闻出版广电局、省财政厅
				70 | 省新闻出版广电局、省文化厅、省财政厅
				71 | 省文化厅、省新闻出版广电局
				72 | 省文化厅、省财政厅
				73 | 省体育局、省教育厅、省财政厅
				74 | 省体育局、省教育厅、省财政厅
				75 | 省民政厅、省财政厅、省残联
				76 | 省民政厅、省残联
				77 | 省人力资源社会保障厅、省卫生计生委、省民政厅、省残联
				78 | 省住房城乡建设厅、省残联
				79 | 省残联、省财政厅
				80 | 省残联、省卫生计生委、省民政厅
				81 | 省残联
				82 | 省财政厅、省教育厅、省残联
				83 | 省残联、省人力资源社会保障厅、省农委
				84 | 省残联、省文化厅、省新闻出版广电局、省体育局
				85 | 省住房城乡建设厅、省工业和信息化厅、省残联
					""";
		Map<Integer, List<String>> expected = new LinkedHashMap<>();
		table.lines().map(String::strip).filter(line -> !line.isEmpty()).forEach(line -> {
			String[] parts = line.split("\\|");
			expected.put(Integer.parseInt(parts[0].strip()), List.of(parts[1].strip().split("、")));
		});
		assertThat(expected).hasSize(85);
		Map<Integer, List<String>> actual = gazette.serviceItems()
			.stream()
			.collect(Collectors.toMap(ServiceItemRecord::no, ServiceItemRecord::leadDepartments, (a, b) -> a,
					LinkedHashMap::new));
		assertThat(actual).containsExactlyEntriesOf(expected);
	}

	@Test
	void brokenSpacesInItems30To42AreRepairedBeforeFundingIsRead() {
		// the 支出责任 cells as printed: "市县政府负责，中 央、省财政适 当 补 助。"
		String table = """
				30 | 传染病和突发公共卫生事件报告和处理 | 市县政府负责，中央、省财政适当补助。
				31 | 儿童健康管理 | 市县政府负责，中央、省财政适当补助。
				32 | 孕产妇健康管理 | 市县政府负责，中央、省财政适当补助。
				33 | 老年人健康管理 | 市县政府负责，中央、省财政适当补助。
				34 | 慢性病管理 | 市县政府负责，中央、省财政适当补助。
				35 | 严重精神障碍患者管理 | 市县政府负责，中央、省财政适当补助。
				36 | 卫生计生监督协管 | 市县政府负责，中央、省财政适当补助。基本公共卫生服务经费8%用于卫生监督协管。
				37 | 结核病患者健康管理 | 市县政府负责，中央、省财政适当补助。
				38 | 中医药健康管理 | 市县政府负责，中央、省财政适当补助。
				39 | 艾滋病病毒感染者和病人随访管理 | 市县政府负责，中央、省财政适当补助。
				40 | 社区艾滋病高危行为人群干预 | 市县政府负责，中央、省财政适当补助。
				41 | 免费孕前优生健康检查 | 中央、省及市县财政按比例分担。
				42 | 疾病应急救助 | 中央财政以转移支付形式拨付地方，省市县各级财政予以配套，并通过社会募集等渠道筹资。
				""";
		Map<Integer, ServiceItemRecord> items = byNumber();
		table.lines().map(String::strip).filter(line -> !line.isEmpty()).forEach(line -> {
			String[] cells = line.split(" \\| ");
			ServiceItemRecord item = items.get(Integer.parseInt(cells[0]));
			assertThat(item.name()).isEqualTo(cells[1]);
			assertThat(item.funding().text()).isEqualTo(cells[2]);
		});
	}

	@Test
	void targetGroupAndStandardAreRepairedToo() {
		ServiceItemRecord item38 = byNumber().get(38);
		// line 653: "65 岁以上老人、0 —3 岁儿童"
		assertThat(item38.targetGroup()).isEqualTo("65岁以上老人、0—3岁儿童");
		assertThat(byNumber().get(30).standard()).startsWith("就诊的传染病病例和疑似病例以及突发公共卫生事件伤病员及时得到发现登记")
			.contains("传染病报告率和报告及时率达到95%以上");
	}

	@Test
	void anUnspacedRowIsReadAsPrinted() {
		ServiceItemRecord item20 = byNumber().get(20);
		assertThat(item20.domain()).isEqualTo("基本社会保险");
		assertThat(item20.name()).isEqualTo("职工基本养老保险");
		assertThat(item20.targetGroup()).isEqualTo("职工、无雇工的个体工商户、灵活就业人员");
		assertThat(item20.funding().text()).isEqualTo("用人单位缴纳工资总额的20%。职工缴纳本人缴费工资的8%。由基本养老保险基金支付基本养老金。");
		assertThat(item20.leadDepartments()).containsExactly("省人力资源社会保障厅");
	}

	@Test
	void eachItemKeepsItsLineAndExactPrintedText() {
		ServiceItemRecord item31 = byNumber().get(31);
		assertThat(item31.source().file()).isEqualTo(Gazettes.FILE);
		assertThat(item31.source().fromLine()).isEqualTo(646);
		assertThat(item31.source().toLine()).isEqualTo(646);
		assertThat(item31.source().text()).contains("儿童健康 管理").isEqualTo(Gazettes.lines().get(645));
		assertThat(byNumber().get(1).source().fromLine()).isEqualTo(605);
		assertThat(byNumber().get(2).source().fromLine()).isEqualTo(608);
		assertThat(byNumber().get(85).source().fromLine()).isEqualTo(714);
		assertThat(gazette.serviceItems()).allSatisfy(
				item -> assertThat(item.source().text()).isEqualTo(Gazettes.lines().get(item.source().fromLine() - 1)));
	}

	private Map<Integer, ServiceItemRecord> byNumber() {
		return gazette.serviceItems().stream().collect(Collectors.toMap(ServiceItemRecord::no, Function.identity()));
	}

}
