package org.policygraph.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.policygraph.ingest.record.AnnexRecord;
import org.policygraph.ingest.record.AppointmentAction;
import org.policygraph.ingest.record.AppointmentRecord;
import org.policygraph.ingest.record.DocumentKind;
import org.policygraph.ingest.record.DocumentRecord;
import org.policygraph.ingest.record.DomainRecord;
import org.policygraph.ingest.record.EditorialMemberRecord;
import org.policygraph.ingest.record.Gazette;
import org.policygraph.ingest.record.IndicatorRecord;
import org.policygraph.ingest.record.IssueRecord;
import org.policygraph.ingest.record.PhasedTargetRecord;
import org.policygraph.ingest.record.SourceRef;

/**
 * The issue as a whole, read from the real gazette: masthead, documents, indicators,
 * phases, appointments.
 */
class GazetteParserTests {

	private static final String NOTICE_52 = "吉政办发〔2017〕52号";

	private static final String OPINION_55 = "吉政办发〔2017〕55号";

	private static final String NOTICE_57 = "吉政办发〔2017〕57号";

	private static final String INTERPRETATION = "《吉林省人民政府办公厅关于大力发展装配式建筑的实施意见》解读";

	private static final List<String> ADDRESSEES = List.of("各市（州）人民政府", "长白山管委会", "长春新区管委会", "各县（市）人民政府", "省政府各厅委办",
			"各直属机构");

	private final Gazette gazette = Gazettes.real();

	@Test
	void theMastheadIsIssue22Of2017() {
		IssueRecord issue = gazette.issue();
		assertThat(issue.key()).isEqualTo("吉林省人民政府公报/2017/22");
		assertThat(issue.title()).isEqualTo("吉林省人民政府公报");
		assertThat(issue.year()).isEqualTo(2017);
		assertThat(issue.number()).isEqualTo(22);
		assertThat(issue.cumulativeNumber()).isEqualTo(762);
		assertThat(issue.publishedOn()).isEqualTo(LocalDate.of(2017, 11, 30));
		assertThat(issue.publisher()).isEqualTo("吉林省人民政府");
		assertThat(issue.source().fromLine()).isEqualTo(5);
		assertThat(issue.source().toLine()).isEqualTo(27);
		assertThat(issue.source().text()).startsWith("吉林省人民政府公报\n").endsWith("2017年11月30日出版");
	}

	/**
	 * Lines 13-24 and 87-103: 吉林省人民政府主办 (the sponsor, also the publisher as before),
	 * (半月刊), 编辑出版: 吉林省人民政府公报室, the contact lines, ISSN1009-4791 and CN22-1416/D.
	 */
	@Test
	void theMastheadNamesItsIdentifiersOfficeSponsorAndContacts() {
		IssueRecord issue = gazette.issue();
		assertThat(issue.issn()).isEqualTo("1009-4791");
		assertThat(issue.cn()).isEqualTo("22-1416/D");
		assertThat(issue.frequency()).isEqualTo("半月刊");
		assertThat(issue.editorialOffice()).isEqualTo("吉林省人民政府公报室");
		assertThat(issue.sponsor()).isEqualTo("吉林省人民政府");
		assertThat(issue.publisher()).isEqualTo("吉林省人民政府");
		assertThat(issue.contacts()).extracting(IssueRecord.Contact::label, IssueRecord.Contact::value)
			.containsExactly(tuple("地址", "长春市新发路329号"), tuple("邮编", "130051"), tuple("电话", "0431-88904752"),
					tuple("传真", "0431-88904752"), tuple("网址", "zb.jl.gov.cn"),
					tuple("电子信箱", "jilinzhengbao@jl.gov.cn"));
	}

	@Test
	void theEditorialBoardListsEachPersonOnceWithAllRoles() {
		// lines 73-82; "于 亮" and "李 卓" are two-character names printed with a spacer
		assertThat(gazette.editorialBoard()).extracting(EditorialMemberRecord::person, EditorialMemberRecord::roles)
			.containsExactly(tuple("于亮", List.of("主任")), tuple("邹宗刚", List.of("副主任", "主编")),
					tuple("姜春超", List.of("副主任", "执行主编")), tuple("高长波", List.of("委员")), tuple("习树茂", List.of("委员")),
					tuple("张凤龙", List.of("委员")), tuple("安晓明", List.of("委员")), tuple("焦淑满", List.of("委员")),
					tuple("孟莉莉", List.of("委员")), tuple("李卓", List.of("委员", "副主编")), tuple("王茜", List.of("责任编辑")));
		EditorialMemberRecord zou = gazette.editorialBoard().get(1);
		assertThat(zou.source().fromLine()).isEqualTo(74);
		assertThat(zou.source().toLine()).isEqualTo(79);
	}

	@Test
	void twoCharacterNamesPrintedWithASpacerAreOnePerson() {
		assertThat(Masthead.people("于 亮")).containsExactly("于亮");
		assertThat(Masthead.people("邹宗刚 姜春超")).containsExactly("邹宗刚", "姜春超");
		assertThat(Masthead.people("李 卓 王 茜")).containsExactly("李卓王茜");
	}

	@Test
	void eightDocumentsArePrintedAndNoneComesFromTheTableOfContents() {
		List<DocumentRecord> printed = gazette.documents().stream().filter(d -> !d.citedOnly()).toList();
		assertThat(printed).extracting(DocumentRecord::key)
			.containsExactly(NOTICE_52, OPINION_55, NOTICE_57, INTERPRETATION, "吉政干任〔2017〕37号", "吉政干任〔2017〕38号",
					"吉政干任〔2017〕39号", "吉政干任〔2017〕40号");
		// the contents (lines 29-69) list the same documents; no record may come from
		// there
		assertThat(gazette.documents()).allSatisfy(d -> assertThat(d.source().fromLine()).isGreaterThan(69));
		assertThat(printed).allSatisfy(d -> assertThat(d.issueKey()).isEqualTo("吉林省人民政府公报/2017/22"));
	}

	@Test
	void theThreeGeneralOfficeDocuments() {
		assertThat(document(NOTICE_52)).satisfies(d -> {
			assertThat(d.title()).isEqualTo("吉林省人民政府办公厅关于印发吉林省推进基本公共服务均等化“十三五”规划的通知");
			assertThat(d.number()).isEqualTo(NOTICE_52);
			assertThat(d.kind()).isEqualTo(DocumentKind.NOTICE);
			assertThat(d.issuer()).isEqualTo("吉林省人民政府办公厅");
			assertThat(d.issuedOn()).isEqualTo(LocalDate.of(2017, 6, 29));
			assertThat(d.addressees()).isEqualTo(ADDRESSEES);
			assertThat(d.source().fromLine()).isEqualTo(111);
			assertThat(d.source().toLine()).isEqualTo(121);
		});
		assertThat(document(OPINION_55)).satisfies(d -> {
			assertThat(d.title()).isEqualTo("吉林省人民政府办公厅关于大力发展装配式建筑的实施意见");
			assertThat(d.kind()).isEqualTo(DocumentKind.IMPLEMENTATION_OPINION);
			assertThat(d.issuer()).isEqualTo("吉林省人民政府办公厅");
			assertThat(d.issuedOn()).isEqualTo(LocalDate.of(2017, 7, 14));
			assertThat(d.addressees()).isEqualTo(ADDRESSEES);
		});
		assertThat(document(NOTICE_57)).satisfies(d -> {
			assertThat(d.title()).isEqualTo("吉林省人民政府办公厅关于加强全省疫苗流通和预防接种管理工作的通知");
			assertThat(d.kind()).isEqualTo(DocumentKind.NOTICE);
			assertThat(d.issuedOn()).isEqualTo(LocalDate.of(2017, 7, 19));
			assertThat(d.addressees()).isEqualTo(ADDRESSEES);
		});
	}

	@Test
	void theInterpretationIsKeyedByTitleAndIssuedByTheHousingDepartment() {
		DocumentRecord interpretation = document(INTERPRETATION);
		assertThat(interpretation.number()).isNull();
		assertThat(interpretation.kind()).isEqualTo(DocumentKind.INTERPRETATION);
		assertThat(interpretation.interprets()).isEqualTo(OPINION_55);
		// line 955: （本解读据省住建厅政策解读内容编辑整理）; 省住建厅 is the registry's 省住房城乡建设厅
		assertThat(interpretation.issuer()).isEqualTo("省住房城乡建设厅");
		assertThat(interpretation.issuedOn()).isNull();
		assertThat(interpretation.source().fromLine()).isEqualTo(917);
		assertThat(interpretation.source().toLine()).isEqualTo(955);
	}

	@Test
	void fourPersonnelDecisionsOfTheProvincialGovernment() {
		assertThat(gazette.documents().stream().filter(d -> d.kind() == DocumentKind.PERSONNEL_DECISION))
			.extracting(DocumentRecord::key, DocumentRecord::issuer, DocumentRecord::issuedOn,
					d -> d.source().fromLine(), d -> d.source().toLine())
			.containsExactly(tuple("吉政干任〔2017〕37号", "吉林省人民政府", LocalDate.of(2017, 11, 1), 959, 959),
					tuple("吉政干任〔2017〕38号", "吉林省人民政府", LocalDate.of(2017, 11, 1), 961, 961),
					tuple("吉政干任〔2017〕39号", "吉林省人民政府", LocalDate.of(2017, 11, 1), 963, 965),
					tuple("吉政干任〔2017〕40号", "吉林省人民政府", LocalDate.of(2017, 11, 1), 967, 967));
	}

	@Test
	void notice52HasTwoAnnexes() {
		assertThat(gazette.annexes())
			.extracting(AnnexRecord::documentKey, AnnexRecord::no, AnnexRecord::title, a -> a.source().fromLine())
			.containsExactly(tuple(NOTICE_52, 1, "吉林省“十三五”基本公共服务清单", 599), tuple(NOTICE_52, 2, "重点任务分工方案", 716));
	}

	@Test
	void twentyDevelopmentIndicators() {
		assertThat(gazette.indicators())
			.extracting(IndicatorRecord::order, IndicatorRecord::domain, IndicatorRecord::name, IndicatorRecord::unit,
					IndicatorRecord::baseline, IndicatorRecord::target, IndicatorRecord::cumulative)
			.containsExactly(tuple(1, "基本公共教育", "学前三年毛入园率", "%", "76.5", "90", null),
					tuple(2, "基本公共教育", "义务教育基本均衡县（市、区）的比例", "%", "56.7", "100", null),
					tuple(3, "基本公共教育", "高中阶段毛入学率", "%", "95", "95", null),
					tuple(4, "基本劳动就业创业", "城镇新增就业人数", "万人", null, null, ">220"),
					tuple(5, "社会保险服务", "基本养老保险参保率", "%", "82", "90", null),
					tuple(6, "社会保险服务", "基本医疗保险参保率", "%", "95", "95", null),
					tuple(7, "基本医疗卫生", "孕产妇死亡率", "1/10万", "16.72", "16.5", null),
					tuple(8, "基本医疗卫生", "婴儿死亡率", "‰", "4.28", "4.2", null),
					tuple(9, "基本医疗卫生", "5岁以下儿童死亡率", "‰", "5.29", "5.2", null),
					tuple(10, "基本社会服务", "生活不能自理特困人员集中供养率", "%", "40", "50", null),
					tuple(11, "基本社会服务", "养老床位中护理型床位比例", "%", null, "30", null),
					tuple(12, "基本住房保障", "城镇棚户区住房改造", "万套", null, null, "45"),
					tuple(13, "基本住房保障", "农村危房改造", "万户", null, null, "25"),
					tuple(14, "基本公共文化体育", "公共图书馆年流通人次", "亿", "0.07", "0.1", null),
					tuple(15, "基本公共文化体育", "文化馆（站）年服务人次", "亿", "0.07", "0.1", null),
					tuple(16, "基本公共文化体育", "广播、电视人口综合覆盖率", "%", ">98", ">99", null),
					tuple(17, "基本公共文化体育", "国民综合阅读率", "%", "80", "85", null),
					tuple(18, "基本公共文化体育", "经常参加体育锻炼人数比例", "%", "32", "36", null),
					tuple(19, "残疾人基本公共服务", "困难残疾人生活补贴和重度残疾人护理补贴覆盖率", "%", ">95", ">95", null),
					tuple(20, "残疾人基本公共服务", "残疾人基本康复服务覆盖率", "%", null, "80", null));
		assertThat(gazette.indicators()).allSatisfy(i -> assertThat(i.documentKey()).isEqualTo(NOTICE_52));
		// the header is printed again at line 204, after a blank line; the rows below it
		// are still rows
		assertThat(gazette.indicators().get(18).source().fromLine()).isEqualTo(206);
	}

	/**
	 * The indicator table's eight headings (lines 174-207) link to the service list's
	 * eight domains: 社会保险服务 means 基本社会保险, 基本公共文化体育 means 基本公共文化体育服务.
	 */
	@Test
	void indicatorHeadingsLinkToTheServiceListsDomains() {
		Map<String, String> links = new LinkedHashMap<>();
		gazette.indicators().forEach(i -> links.put(i.domain(), i.serviceDomain()));
		assertThat(links).containsExactly(Map.entry("基本公共教育", "基本公共教育"), Map.entry("基本劳动就业创业", "基本劳动就业创业"),
				Map.entry("社会保险服务", "基本社会保险"), Map.entry("基本医疗卫生", "基本医疗卫生"), Map.entry("基本社会服务", "基本社会服务"),
				Map.entry("基本住房保障", "基本住房保障"), Map.entry("基本公共文化体育", "基本公共文化体育服务"),
				Map.entry("残疾人基本公共服务", "残疾人基本公共服务"));
		assertThat(gazette.domains()).extracting(DomainRecord::name).containsExactlyElementsOf(links.values());
	}

	@Test
	void opinion55HasThreePhases() {
		assertThat(gazette.phasedTargets())
			.extracting(PhasedTargetRecord::documentKey, PhasedTargetRecord::phase, PhasedTargetRecord::fromYear,
					PhasedTargetRecord::toYear, PhasedTargetRecord::targetYear)
			.containsExactly(tuple(OPINION_55, "试点示范期", 2017, 2018, 2018), tuple(OPINION_55, "推广发展期", 2019, 2020, 2020),
					tuple(OPINION_55, "普及应用期", 2021, 2025, 2025));
		// every goal of a phase, before "到2018年，" (line 773) and after it
		assertThat(gazette.phasedTargets().get(0).targets()).containsExactly("在长春、吉林等地先行试点示范",
				"全省建成5个以上装配式建筑产业基地，培育一批装配式建筑优势企业", "全省装配式建筑面积不少于200万平方米", "初步建立装配式建筑技术、标准、质量、计价体系");
		// lines 777-779: the paragraph is cut by a page break inside its last target
		assertThat(gazette.phasedTargets().get(1).targets()).containsExactly("在全省统筹规划建设装配式建筑产业基地，加快发展装配式建筑",
				"建立完善适合装配式建筑发展的市场环境，建立装配式建筑技术、标准、质量、计价体系",
				"培育起以装配式建筑设计、施工、部品部件规模化生产优势企业为核心，全产业链协作的产业集群，创建2—3家国家级装配式建筑产业基地", "全省装配式建筑面积不少于500万平方米",
				"长春、吉林两市装配式建筑占新建建筑面积比例达到20%以上，其他设区城市达到10%以上");
		assertThat(gazette.phasedTargets().get(1).source().fromLine()).isEqualTo(777);
		assertThat(gazette.phasedTargets().get(1).source().toLine()).isEqualTo(779);
		// the last phase has no "到2025年，": its sentences are its targets
		assertThat(gazette.phasedTargets().get(2).targets()).hasSize(2)
			.last()
			.isEqualTo("建筑品质、工程质量全面提升，节能减排、绿色发展成效明显，全省装配式建筑占新建建筑面积的比例达到30%以上");
	}

	@Test
	void everyAppointment() {
		assertThat(gazette.appointments())
			.extracting(AppointmentRecord::person, AppointmentRecord::action, AppointmentRecord::post,
					AppointmentRecord::organization, AppointmentRecord::decisionKey)
			.containsExactly(tuple("杜延华", AppointmentAction.APPOINT, "巡视员", "省司法厅", "吉政干任〔2017〕37号"),
					// 免去其省司法厅副厅长职务: 其 is 杜延华
					tuple("杜延华", AppointmentAction.REMOVE, "副厅长", "省司法厅", "吉政干任〔2017〕37号"),
					tuple("王喜东", AppointmentAction.DESIGNATE, "董事长", "吉林省吉盛资产管理有限公司", "吉政干任〔2017〕38号"),
					tuple("张志新", AppointmentAction.DESIGNATE, "董事长", "吉林省国有资本运营有限责任公司", "吉政干任〔2017〕39号"),
					// 任命王成为…: the person is 王成, 为 is the verb; the company name is cut at
					// lines 963-965
					tuple("王成", AppointmentAction.APPOINT, "总经理", "吉林省国有资本运营有限责任公司", "吉政干任〔2017〕39号"),
					// 董事长兼总经理 is two posts
					tuple("高飞", AppointmentAction.DESIGNATE, "董事长", "吉林省旅游控股集团有限公司", "吉政干任〔2017〕40号"),
					tuple("高飞", AppointmentAction.DESIGNATE, "总经理", "吉林省旅游控股集团有限公司", "吉政干任〔2017〕40号"));
		// 11月1日 at line 959; 同日 repeats it
		assertThat(gazette.appointments()).allSatisfy(a -> assertThat(a.date()).isEqualTo(LocalDate.of(2017, 11, 1)));
	}

	@Test
	void provenanceOfAppointmentsIsTheirEntry() {
		AppointmentRecord wangCheng = gazette.appointments().get(4);
		assertThat(wangCheng.source().fromLine()).isEqualTo(963);
		assertThat(wangCheng.source().toLine()).isEqualTo(965);
		assertThat(wangCheng.source().text()).isEqualTo(String.join("\n", Gazettes.lines().subList(962, 965)))
			.contains("任命王成为吉林省国有资本运营有限责任\n\n公司总经理");
	}

	@Test
	void everySourceQuotesTheOriginalLines() {
		List<String> lines = Gazettes.lines();
		List<SourceRef> sources = new ArrayList<>();
		gazette.documents().forEach(d -> sources.add(d.source()));
		gazette.citations().forEach(c -> sources.add(c.source()));
		gazette.tasks().forEach(t -> sources.add(t.source()));
		gazette.indicators().forEach(i -> sources.add(i.source()));
		gazette.appointments().forEach(a -> sources.add(a.source()));
		gazette.editorialBoard().forEach(m -> sources.add(m.source()));
		assertThat(sources).allSatisfy(source -> {
			assertThat(source.file()).isEqualTo(Gazettes.FILE);
			assertThat(source.text())
				.isEqualTo(String.join("\n", lines.subList(source.fromLine() - 1, source.toLine())));
		});
	}

	@Test
	void theIssueRecordsTheFilesHash() {
		assertThat(gazette.sourceFile()).isEqualTo(Gazettes.FILE);
		assertThat(gazette.sha256()).isEqualTo("88b39d66a85d927ebff629d39627f697e92b71f80eb7354fe8d7f0fe6753c2c6");
	}

	private DocumentRecord document(String key) {
		return gazette.documents().stream().filter(d -> d.key().equals(key)).findFirst().orElseThrow();
	}

}
