package org.policygraph.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.policygraph.ingest.record.CitationRecord;
import org.policygraph.ingest.record.DocumentKind;
import org.policygraph.ingest.record.DocumentRecord;
import org.policygraph.ingest.record.Gazette;
import org.policygraph.ingest.text.GazetteText;

/**
 * Every document each printed document cites, and the documents known only because they
 * are cited.
 */
class GazetteCitationsTests {

	private static final String NOTICE_52 = "吉政办发〔2017〕52号";

	private static final String OPINION_55 = "吉政办发〔2017〕55号";

	private static final String NOTICE_57 = "吉政办发〔2017〕57号";

	private static final String INTERPRETATION = "《吉林省人民政府办公厅关于大力发展装配式建筑的实施意见》解读";

	private static final String JOINT_OPINION = "中共中央 国务院关于进一步加强城市规划建设管理工作的若干意见";

	private final Gazette gazette = Gazettes.real();

	@Test
	void notice52AndThePlanItIssuesCiteTwelveDocuments() {
		// the plan (line 117) and Annex 1 (《清单》, lines 213, 217, 583, 585) are 52号
		// itself, not citations;
		// 《吉林省急需紧缺人才需求目录》 (line 283) is still to be compiled. Two laws are named
		// without 《》: 参照公务员法管理 (line 313) and 依据社会保险法等法律 (line 319); a bare 法 is
		// the national law, 中华人民共和国…法
		assertThat(citationsOf(NOTICE_52)).containsExactly(tuple("国发〔2017〕9号", "国发〔2017〕9号", "“十三五”推进基本公共服务均等化规划", 125),
				tuple("国发〔2012〕29号", "国发〔2012〕29号", "国务院关于印发国家基本公共服务体系“十二五”规划的通知", 133),
				tuple("吉政发〔2013〕10号", "吉政发〔2013〕10号", "吉林省人民政府关于印发吉林省基本公共服务体系“十二五”规划的通知", 133),
				tuple("教育部令第39号", "教育部令第39号", "幼儿园工作规程", 241), tuple("中华人民共和国公务员法", null, "公务员法", 313),
				tuple("中华人民共和国社会保险法", null, "社会保险法", 319), tuple("吉林省失业保险办法", null, "吉林省失业保险办法", 325),
				tuple("吉政发〔2016〕39号", "吉政发〔2016〕39号", "吉林省全民健身实施计划（2016—2020年）", 443),
				tuple("吉林省人民政府令第215号", "吉林省人民政府令第215号", "吉林省残疾人就业办法", 477),
				tuple("吉残联发〔2014〕47号", "吉残联发〔2014〕47号", "关于促进按比例安排残疾人就业的实施意见", 477),
				// inside item 26's 服务标准 cell of Annex 1
				tuple("国务院令第586号", "国务院令第586号", "工伤保险条例", 638),
				tuple("吉林省残疾人康复体育关爱家庭计划", null, "吉林省残疾人康复体育关爱家庭计划", 713));
	}

	@Test
	void opinion55CitesTheCentralOpinions() {
		assertThat(citationsOf(OPINION_55)).containsExactly(tuple("中发〔2016〕6号", "中发〔2016〕6号", JOINT_OPINION, 757),
				tuple("国办发〔2016〕71号", "国办发〔2016〕71号", "国务院办公厅关于大力发展装配式建筑的指导意见", 757));
	}

	@Test
	void notice57CitesAnOpinionCutByAPageBreakAndTwoNorms() {
		assertThat(citationsOf(NOTICE_57)).containsExactly(
				// lines 855-857: 《国务院办公厅关于进一 / (blank) /
				// 步加强疫苗流通和预防接种管理工作的意见》（国办发〔2017〕5号）
				tuple("国办发〔2017〕5号", "国办发〔2017〕5号", "国务院办公厅关于进一步加强疫苗流通和预防接种管理工作的意见", 855),
				// cited twice (lines 871, 883): one citation, at its first line
				tuple("预防接种工作规范", null, "预防接种工作规范", 871), tuple("疫苗储存和运输管理规范", null, "疫苗储存和运输管理规范", 871),
				tuple("中央编办发〔2014〕2号", "中央编办发〔2014〕2号", "关于印发疾病预防控制中心机构编制标准指导意见的通知", 893));
		CitationRecord cutByPageBreak = citation(NOTICE_57, "国办发〔2017〕5号");
		assertThat(cutByPageBreak.source().toLine()).isEqualTo(857);
	}

	@Test
	void theInterpretationCitesWhat55CitesAnd55Itself() {
		// 《关于大力发展装配式建筑的实施意见》(以下简称《实施意见》) is 55号 without its issuer; 《实施意见》 (lines
		// 919-951)
		// abbreviates it; 《若干意见》 (947) abbreviates the joint opinion cited just before
		// it; 《中共中央国务院…》
		// printed without the space (947, 951) is the same joint opinion
		assertThat(citationsOf(INTERPRETATION)).containsExactly(tuple("中发〔2016〕6号", "中发〔2016〕6号", JOINT_OPINION, 919),
				tuple("国办发〔2016〕71号", "国办发〔2016〕71号", "国务院办公厅关于大力发展装配式建筑的指导意见", 919),
				tuple(OPINION_55, OPINION_55, "关于大力发展装配式建筑的实施意见", 919), tuple("政府工作报告", null, "政府工作报告", 947));
	}

	@Test
	void companyDecisionsCiteTheCompanyLaw() {
		assertThat(citationsOf("吉政干任〔2017〕39号")).containsExactly(tuple("中华人民共和国公司法", null, "中华人民共和国公司法", 965));
		assertThat(citationsOf("吉政干任〔2017〕40号")).containsExactly(tuple("中华人民共和国公司法", null, "中华人民共和国公司法", 967));
		assertThat(citationsOf("吉政干任〔2017〕37号")).isEmpty();
		assertThat(citationsOf("吉政干任〔2017〕38号")).isEmpty();
	}

	@Test
	void twentyFourCitationsAndTwentyCitedOnlyDocuments() {
		// 22 before the bare-named laws of lines 313 and 319 were read; 政府工作报告 is a 报告
		// (REPORT) and 中华人民共和国公司法 a law (LAW) among the kinds of official documents
		assertThat(gazette.citations()).hasSize(24);
		assertThat(gazette.documents().stream().filter(DocumentRecord::citedOnly))
			.extracting(DocumentRecord::key, DocumentRecord::kind)
			.containsExactly(tuple("国发〔2017〕9号", DocumentKind.PLAN), tuple("国发〔2012〕29号", DocumentKind.NOTICE),
					tuple("吉政发〔2013〕10号", DocumentKind.NOTICE), tuple("教育部令第39号", DocumentKind.REGULATION),
					tuple("中华人民共和国公务员法", DocumentKind.LAW), tuple("中华人民共和国社会保险法", DocumentKind.LAW),
					tuple("吉林省失业保险办法", DocumentKind.REGULATION), tuple("吉政发〔2016〕39号", DocumentKind.PLAN),
					tuple("吉林省人民政府令第215号", DocumentKind.REGULATION),
					tuple("吉残联发〔2014〕47号", DocumentKind.IMPLEMENTATION_OPINION),
					tuple("国务院令第586号", DocumentKind.REGULATION), tuple("吉林省残疾人康复体育关爱家庭计划", DocumentKind.PLAN),
					tuple("中发〔2016〕6号", DocumentKind.OPINION), tuple("国办发〔2016〕71号", DocumentKind.OPINION),
					tuple("国办发〔2017〕5号", DocumentKind.OPINION), tuple("预防接种工作规范", DocumentKind.REGULATION),
					tuple("疫苗储存和运输管理规范", DocumentKind.REGULATION), tuple("中央编办发〔2014〕2号", DocumentKind.NOTICE),
					tuple("政府工作报告", DocumentKind.REPORT), tuple("中华人民共和国公司法", DocumentKind.LAW));
		assertThat(gazette.documents().stream().filter(DocumentRecord::citedOnly)).allSatisfy(d -> {
			assertThat(d.issueKey()).isNull();
			assertThat(d.addressees()).isEmpty();
		});
	}

	/**
	 * Every cited-only document with the issuer its title (国务院关于…) or its number (国发, 令)
	 * states; null only where neither says who issued it.
	 */
	@Test
	void citedDocumentsNameTheIssuerTheirTitleOrNumberStates() {
		// the issuer the graph stores: the record's (title, 令), else the number's prefix
		// (IssuingOrgans, through the document's scope)
		assertThat(gazette.documents().stream().filter(DocumentRecord::citedOnly))
			.extracting(DocumentRecord::key,
					d -> d.issuer() != null ? d.issuer() : gazette.scopes().get(d.key()).issuer())
			.containsExactly(
					// line 125: 国家《“十三五”推进…规划》（国发〔2017〕9号）: the number says 国务院
					tuple("国发〔2017〕9号", "国务院"), tuple("国发〔2012〕29号", "国务院"), tuple("吉政发〔2013〕10号", "吉林省人民政府"),
					// 教育部令第39号: a decree of 教育部
					tuple("教育部令第39号", "教育部"), tuple("中华人民共和国公务员法", null), tuple("中华人民共和国社会保险法", null),
					tuple("吉林省失业保险办法", null), tuple("吉政发〔2016〕39号", "吉林省人民政府"), tuple("吉林省人民政府令第215号", "吉林省人民政府"),
					// line 477: 中共吉林省委组织部等八部门《…》（吉残联发〔2014〕47号）: joint, under 省残联's
					// number
					tuple("吉残联发〔2014〕47号", "吉林省残疾人联合会"), tuple("国务院令第586号", "国务院"), tuple("吉林省残疾人康复体育关爱家庭计划", null),
					// 中共中央 国务院关于…: both organs, as the title prints them
					tuple("中发〔2016〕6号", "中共中央 国务院"), tuple("国办发〔2016〕71号", "国务院办公厅"), tuple("国办发〔2017〕5号", "国务院办公厅"),
					tuple("预防接种工作规范", null), tuple("疫苗储存和运输管理规范", null), tuple("中央编办发〔2014〕2号", "中央机构编制委员会办公室"),
					tuple("政府工作报告", null), tuple("中华人民共和国公司法", null));
	}

	@Test
	void issuersComeFromTitleNumberCodeOrDecree() {
		assertThat(Issuers.of("国务院关于印发国家基本公共服务体系“十二五”规划的通知", "国发〔2012〕29号")).isEqualTo("国务院");
		// the number's prefix is IssuingOrgans' to read
		assertThat(Issuers.of("“十三五”推进基本公共服务均等化规划", "国发〔2017〕9号")).isNull();
		assertThat(Issuers.of("幼儿园工作规程", "教育部令第39号")).isEqualTo("教育部");
		assertThat(Issuers.of("关于某事的通知", null)).isNull();
		assertThat(Issuers.of("吉林省失业保险办法", null)).isNull();
	}

	@Test
	void documentKindsOfTheOfficialDocumentRegulation() {
		assertThat(DocumentKinds.fromTitle("中华人民共和国公司法")).isEqualTo(DocumentKind.LAW);
		assertThat(DocumentKinds.fromTitle("吉林省残疾人就业办法")).isEqualTo(DocumentKind.REGULATION);
		assertThat(DocumentKinds.fromTitle("关于召开会议的决议")).isEqualTo(DocumentKind.RESOLUTION);
		assertThat(DocumentKinds.fromTitle("国务院关于某事的决定")).isEqualTo(DocumentKind.DECISION);
		assertThat(DocumentKinds.fromTitle("中华人民共和国主席令")).isEqualTo(DocumentKind.ORDER);
		assertThat(DocumentKinds.fromTitle("第一次全国普查主要数据公报")).isEqualTo(DocumentKind.COMMUNIQUE);
		assertThat(DocumentKinds.fromTitle("关于某事的公告")).isEqualTo(DocumentKind.ANNOUNCEMENT);
		assertThat(DocumentKinds.fromTitle("关于禁止燃放烟花的通告")).isEqualTo(DocumentKind.PUBLIC_NOTICE);
		assertThat(DocumentKinds.fromTitle("关于表彰先进的通报")).isEqualTo(DocumentKind.CIRCULAR);
		assertThat(DocumentKinds.fromTitle("政府工作报告")).isEqualTo(DocumentKind.REPORT);
		assertThat(DocumentKinds.fromTitle("关于某事的请示")).isEqualTo(DocumentKind.REQUEST);
		assertThat(DocumentKinds.fromTitle("关于某事的批复")).isEqualTo(DocumentKind.REPLY);
		assertThat(DocumentKinds.fromTitle("关于提请审议某事的议案")).isEqualTo(DocumentKind.MOTION);
		assertThat(DocumentKinds.fromTitle("关于商请支持的函")).isEqualTo(DocumentKind.LETTER);
		assertThat(DocumentKinds.fromTitle("专题会议纪要")).isEqualTo(DocumentKind.MINUTES);
	}

	@Test
	void bareNamesAfterAWordOfRelianceAreCited() {
		assertThat(CitationScanner
			.scan(lines("依据社会保险法等法律、法规,以社会保险全覆盖", "参照公务员法管理事业单位", "依据现行法律、法规确定", "按照国家有关规定", "贯彻落实《吉林省残疾人就业办法》"), 1, 5))
			.extracting(CitationScanner.Mention::title, CitationScanner.Mention::bare, CitationScanner.Mention::from)
			.containsExactly(tuple("社会保险法", true, 1), tuple("公务员法", true, 2), tuple("吉林省残疾人就业办法", false, 5));
		// the law named bare and in full is one document: 39号 cites 《中华人民共和国公司法》
		assertThat(gazette.documents()).filteredOn(d -> d.key().endsWith("公司法")).hasSize(1);
	}

	@Test
	void theJointOpinionKeepsTheSpaceBetweenItsTwoIssuingOrgans() {
		DocumentRecord joint = gazette.documents()
			.stream()
			.filter(d -> d.key().equals("中发〔2016〕6号"))
			.findFirst()
			.orElseThrow();
		assertThat(joint.title()).isEqualTo(JOINT_OPINION);
		assertThat(joint.number()).isEqualTo("中发〔2016〕6号");
		assertThat(joint.source().fromLine()).isEqualTo(757);
	}

	@Test
	void aDocumentStillToBeCompiledIsNotCited() {
		// line 283: 建立人力资源服务机构分类和评估指标体系，适时编制发布《吉林省急需紧缺人才需求目录》。
		assertThat(gazette.documents()).noneMatch(d -> d.key().contains("急需紧缺人才需求目录"));
		List<CitationScanner.Mention> mentions = CitationScanner
			.scan(lines("适时编制发布《吉林省急需紧缺人才需求目录》。", "积极推进《吉林省失业保险办法》修订工作"), 1, 2);
		assertThat(mentions).extracting(CitationScanner.Mention::title, CitationScanner.Mention::toBeWritten)
			.containsExactly(tuple("吉林省急需紧缺人才需求目录", true), tuple("吉林省失业保险办法", false));
	}

	@Test
	void abbreviationsAreNeverNewDocuments() {
		assertThat(gazette.documents()).extracting(DocumentRecord::key)
			.doesNotContain("清单", "实施意见", "若干意见", "吉林省“十三五”基本公共服务清单", "吉林省推进基本公共服务均等化“十三五”规划");
		List<CitationScanner.Mention> declared = CitationScanner.scan(lines("详见《吉林省“十三五”基本公共服务清单》(以下简称《清单》，详见附件1)包括"),
				1, 1);
		assertThat(declared).extracting(CitationScanner.Mention::title, CitationScanner.Mention::abbreviation)
			.containsExactly(tuple("吉林省“十三五”基本公共服务清单", "清单"));
	}

	private List<Tuple> citationsOf(String citing) {
		return gazette.citations()
			.stream()
			.filter(c -> c.citingKey().equals(citing))
			.map(c -> tuple(c.citedKey(), c.citedNumber(), c.citedTitle(), c.source().fromLine()))
			.toList();
	}

	private CitationRecord citation(String citing, String cited) {
		return gazette.citations()
			.stream()
			.filter(c -> c.citingKey().equals(citing) && c.citedKey().equals(cited))
			.findFirst()
			.orElseThrow();
	}

	private static GazetteText lines(String... lines) {
		return GazetteText.decode("test.txt", String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
	}

}
