package org.policygraph.ingest.parse;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import org.policygraph.ingest.record.SingleDocument;
import org.policygraph.ingest.record.DocumentRecord;
import org.policygraph.ingest.record.DocumentDetails;
import org.policygraph.ingest.record.CitationRecord;
import org.policygraph.ingest.record.TaskRecord;
import org.policygraph.ingest.record.DomainRecord;
import org.policygraph.ingest.record.ServiceItemRecord;
import org.policygraph.ingest.record.TaskAssignmentRecord;
import org.policygraph.ingest.record.AssignmentRole;
import org.policygraph.ingest.record.OrganizationRecord;
import org.policygraph.ingest.source.GazetteFormatException;
import org.policygraph.ingest.record.AnnexRecord;
import org.policygraph.ingest.record.DocumentKind;
import org.policygraph.ingest.source.TestPdfs;

/**
 * Single documents in each form users have them: a provincial plan as plain text with the
 * elements of GB/T 9704-2012, the real disclosure page of 四政办发〔2017〕110号, a city's page
 * saved as HTML, a city's plan as PDF, a mirror in traditional characters.
 */
class SingleDocumentTests {

	@Test
	void aProvincialPlanAsPlainTextHasEveryElementOfTheStandard() {
		SingleDocument plan = Documents.single(Documents.PROVINCIAL);
		DocumentRecord doc = plan.document();
		assertThat(doc.number()).isEqualTo("吉政办发〔2018〕30号");
		// printed over two lines: 吉林省人民政府办公厅关于印发吉林省 / 养老服务体系建设实施方案的通知
		assertThat(doc.title()).isEqualTo("吉林省人民政府办公厅关于印发吉林省养老服务体系建设实施方案的通知");
		assertThat(doc.kind()).isEqualTo(DocumentKind.NOTICE);
		assertThat(doc.issuer()).isEqualTo("吉林省人民政府办公厅");
		assertThat(doc.issuedOn()).isEqualTo(LocalDate.of(2018, 3, 20));
		assertThat(doc.addressees()).containsExactly("各市（州）人民政府", "长白山管委会", "各县（市）人民政府", "省政府各厅委办", "各直属机构");
		assertThat(doc.citedOnly()).isFalse();
		assertThat(doc.source().fromLine()).isEqualTo(1);
		assertThat(doc.source().text()).startsWith("吉林省人民政府办公厅文件").endsWith("2018年3月20日");
		DocumentDetails details = plan.details();
		assertThat(details.note()).isEqualTo("（此件公开发布）");
		assertThat(details.copiedTo()).containsExactly("省委各部门", "省人大常委会办公厅", "省政协办公厅");
		assertThat(details.printedBy()).isEqualTo("吉林省人民政府办公厅");
		assertThat(details.printedOn()).isEqualTo(LocalDate.of(2018, 3, 21));
		assertThat(details.numberPrefix()).isEqualTo("吉政办发");
		assertThat(details.issuerPlace()).isEqualTo("吉林省");
		assertThat(plan.annexes()).extracting(AnnexRecord::title).containsExactly("吉林省养老服务体系建设重点任务分工");
		// 为贯彻落实《国务院办公厅关于…的若干意见》（国办发〔2016〕91号）
		assertThat(plan.citations()).extracting(CitationRecord::citedKey).containsExactly("国办发〔2016〕91号");
		assertThat(plan.implementations()).extracting(CitationRecord::citedKey).containsExactly("国办发〔2016〕91号");
		assertThat(plan.citedOnly()).extracting(DocumentRecord::title)
			.containsExactly("国务院办公厅关于全面放开养老服务市场提升养老服务质量的若干意见");
		assertThat(plan.report()).isEmpty();
	}

	@Test
	void aProvincialPlansTasksInEveryAnnotationFormAndItsTableResolveToRegisteredUnits() {
		Map<String, List<String>> units = unitsByTask(Documents.single(Documents.PROVINCIAL));
		assertThat(units).containsEntry("一/(一)", List.of("省民政厅", "省住房城乡建设厅")) // （责任单位：…）
			.containsEntry("一/(二)", List.of("省发展改革委", "省财政厅")) // （X牵头，Y等按职责分工负责）
			.containsEntry("一/(三)", List.of("省卫生计生委")) // (X负责), ASCII brackets
			.containsEntry("一/(四)", List.of("省民政厅", "省人力资源社会保障厅", "省教育厅")) // （牵头单位：…；责任单位：…）
			.containsEntry("table/1", List.of("省民政厅", "省卫生计生委"))
			.containsEntry("table/2", List.of("省国土资源厅", "省住房城乡建设厅", "省民政厅"))
			.hasSize(6);
		TaskRecord first = Documents.single(Documents.PROVINCIAL)
			.tasks()
			.stream()
			.filter(t -> t.key().equals("一/(一)"))
			.findFirst()
			.orElseThrow();
		assertThat(first.title()).isEqualTo("完善养老服务设施");
		assertThat(first.text()).isEqualTo("完善养老服务设施。新建城区和居住区按标准配套建设养老服务设施。");
		assertThat(first.source().text()).contains("（责任单位：省民政厅、省住房城乡建设厅）");
	}

	@Test
	void aProvincialPlansAnnotationsGiveEachUnitItsRole() {
		Map<String, List<TaskAssignmentRecord>> roles = assignmentsByTask(Documents.single(Documents.PROVINCIAL));
		// （省发展改革委牵头，省财政厅等按职责分工负责）
		assertThat(roles.get("一/(二)")).containsExactly(lead("省发展改革委"), responsible("省财政厅"));
		// （牵头单位：省民政厅；责任单位：省人力资源社会保障厅、省教育厅）
		assertThat(roles.get("一/(四)")).containsExactly(lead("省民政厅"), responsible("省人力资源社会保障厅"), responsible("省教育厅"));
		// a plain （责任单位：…） list: every unit responsible
		assertThat(roles.get("一/(一)")).containsExactly(responsible("省民政厅"), responsible("省住房城乡建设厅"));
		// 序号 / 重点任务 / 牵头单位 / 责任单位: 2 落实养老服务用地政策 省国土资源厅 省住房城乡建设厅、省民政厅
		assertThat(roles.get("table/2")).containsExactly(lead("省国土资源厅"), responsible("省住房城乡建设厅"), responsible("省民政厅"));
	}

	@Test
	void aCitysPlanKeepsItsGenericPartiesBesideItsUnitsInTheCitysJurisdiction() {
		SingleDocument plan = Documents.single(Documents.TONGHUA);
		Map<String, List<TaskAssignmentRecord>> roles = assignmentsByTask(plan);
		// （市民政局牵头，市财政局和其他有关部门按职责分工负责）
		assertThat(roles.get("一/(一)")).containsExactly(lead("市民政局"), responsible("市财政局"),
				new TaskAssignmentRecord("其他有关部门", AssignmentRole.RESPONSIBLE, true));
		// （牵头单位：市商务局；责任单位：市人力资源社会保障局、县级政府）
		assertThat(roles.get("一/(二)")).containsExactly(lead("市商务局"), responsible("市人力资源社会保障局"),
				new TaskAssignmentRecord("县级政府", AssignmentRole.RESPONSIBLE, true));
		// 1 建立养老服务统计制度 市统计局、市民政局 各县（市、区）政府
		assertThat(roles.get("table/1")).containsExactly(lead("市统计局"), lead("市民政局"),
				new TaskAssignmentRecord("各县（市、区）政府", AssignmentRole.RESPONSIBLE, true));
		assertThat(plan.tasks()).extracting(TaskRecord::units)
			.containsExactly(List.of("市统计局", "市民政局"), List.of("市民政局", "市财政局"), List.of("市商务局", "市人力资源社会保障局"));
		// the city's units are 通化市's: the template's bodies, none unverified
		assertThat(plan.scope().unitIds()).containsKey("市民政局");
		assertThat(plan.scope().unitIds().get("市民政局")).contains("通化市");
		assertThat(plan.unverified()).isEmpty();
	}

	@Test
	void aCitysServiceListInAnnexOnesSixColumnsYieldsItsItemsWithLeadsInTheCity() {
		SingleDocument list = Documents.single(Documents.LIAOYUAN_SERVICE_LIST);
		assertThat(list.document().number()).isEqualTo("辽府办发〔2018〕8号");
		assertThat(list.details().issuerPlace()).isEqualTo("辽源市");
		assertThat(list.domains()).extracting(DomainRecord::name).containsExactly("基本公共教育", "基本劳动就业创业");
		assertThat(list.serviceItems()).extracting(ServiceItemRecord::no).containsExactly(1, 2, 3);
		ServiceItemRecord meals = list.serviceItems().get(1);
		// 2 普惠性学前教育资助 在普惠性幼儿园… 城市每生每年2000元，农村每生每年1000元。 省及市县财政负责，中央财政适当补助。 市财政局、市教育局
		assertThat(meals.domain()).isEqualTo("基本公共教育");
		assertThat(meals.name()).isEqualTo("普惠性学前教育资助");
		assertThat(meals.targetGroup()).isEqualTo("在普惠性幼儿园接受学前教育的低保家庭子女、孤儿和残疾儿童");
		assertThat(meals.standard()).isEqualTo("城市每生每年2000元，农村每生每年1000元。");
		assertThat(meals.funding().text()).isEqualTo("省及市县财政负责，中央财政适当补助。");
		assertThat(meals.funding().shares()).extracting(share -> share.payer().name()).contains("CENTRAL", "PROVINCE");
		assertThat(meals.leadDepartments()).containsExactly("市财政局", "市教育局");
		assertThat(meals.source().text()).startsWith("2\t普惠性学前教育资助");
		assertThat(list.serviceItems().get(2).domain()).isEqualTo("基本劳动就业创业");
		assertThat(list.serviceItems().get(2).leadDepartments()).containsExactly("市人力资源社会保障局");
		// the leads are 辽源市's bodies, from the template, none unverified
		assertThat(list.scope().unitIds().get("市人力资源社会保障局")).contains("辽源市");
		assertThat(list.unverified()).isEmpty();
		assertThat(list.tasks()).isEmpty();
		assertThat(list.implementations()).extracting(CitationRecord::citedKey).containsExactly("吉政办发〔2017〕52号");
	}

	/**
	 * The provincial plan pasted into one paragraph, as text and as HTML: its elements
	 * are found inside the line and it reads as the multi-line form does.
	 */
	@Test
	void aPlanCollapsedOntoOneLineReadsAsItsMultiLineForm() {
		SingleDocument lines = Documents.single(Documents.PROVINCIAL);
		for (String name : List.of(Documents.PROVINCIAL_ONE_LINE, Documents.PROVINCIAL_ONE_PARAGRAPH_HTML)) {
			SingleDocument plan = Documents.single(name);
			DocumentRecord doc = plan.document();
			assertThat(doc.number()).as(name).isEqualTo("吉政办发〔2018〕30号");
			assertThat(doc.title()).as(name).isEqualTo("吉林省人民政府办公厅关于印发吉林省养老服务体系建设实施方案的通知");
			assertThat(doc.issuer()).as(name).isEqualTo("吉林省人民政府办公厅");
			assertThat(doc.issuedOn()).as(name).isEqualTo(LocalDate.of(2018, 3, 20));
			assertThat(doc.addressees()).as(name).isEqualTo(lines.document().addressees());
			assertThat(plan.details().note()).as(name).isEqualTo("（此件公开发布）");
			assertThat(plan.details().copiedTo()).as(name).containsExactly("省委各部门", "省人大常委会办公厅", "省政协办公厅");
			assertThat(plan.details().printedBy()).as(name).isEqualTo("吉林省人民政府办公厅");
			assertThat(plan.details().printedOn()).as(name).isEqualTo(LocalDate.of(2018, 3, 21));
			assertThat(plan.annexes()).as(name).extracting(AnnexRecord::title).containsExactly("吉林省养老服务体系建设重点任务分工");
			assertThat(plan.implementations()).as(name)
				.extracting(CitationRecord::citedKey)
				.containsExactly("国办发〔2016〕91号");
			// the four annotated tasks (the table cannot be one line), each with its
			// roles
			Map<String, List<TaskAssignmentRecord>> annotated = new java.util.LinkedHashMap<>(assignmentsByTask(lines));
			annotated.keySet().removeIf(key -> key.startsWith("table/"));
			assertThat(assignmentsByTask(plan)).as(name).containsExactlyEntriesOf(annotated);
			// provenance names the file's one line and keeps its text as printed
			assertThat(doc.source().fromLine()).as(name).isEqualTo(doc.source().toLine());
			assertThat(plan.tasks().getFirst().source().text()).as(name)
				.isEqualTo("（一）完善养老服务设施。新建城区和居住区按标准配套建设养老服务设施。（责任单位：省民政厅、省住房城乡建设厅）");
		}
	}

	@Test
	void aOneLineNoticeWithItsTitleAboveTheNumberAsPagesPrintIt() {
		String line = "四平市人民政府办公室关于做好养老服务工作的通知四政办发〔2018〕16号各县（市、区）人民政府，市政府各委办局："
				+ "为贯彻落实《吉林省养老服务体系建设实施方案》，现就做好养老服务工作通知如下。一、工作任务（一）建设社区养老服务中心。2018年底前每个城区建成一处。"
				+ "（市民政局牵头，市财政局按职责分工负责）四平市人民政府办公室2018年4月16日";
		SingleDocument notice = Documents.single("notice.txt", line.getBytes(StandardCharsets.UTF_8));
		DocumentRecord doc = notice.document();
		assertThat(doc.number()).isEqualTo("四政办发〔2018〕16号");
		assertThat(doc.title()).isEqualTo("四平市人民政府办公室关于做好养老服务工作的通知");
		assertThat(doc.addressees()).containsExactly("各县（市、区）人民政府", "市政府各委办局");
		assertThat(doc.issuer()).isEqualTo("四平市人民政府办公室");
		assertThat(doc.issuedOn()).isEqualTo(LocalDate.of(2018, 4, 16));
		assertThat(notice.details().issuerPlace()).isEqualTo("四平市");
		assertThat(notice.citations()).extracting(CitationRecord::citedKey).containsExactly("吉林省养老服务体系建设实施方案");
		assertThat(notice.tasks()).singleElement().satisfies(task -> {
			assertThat(task.title()).isEqualTo("建设社区养老服务中心");
			assertThat(task.assignments()).containsExactly(lead("市民政局"), responsible("市财政局"));
		});
		assertThat(doc.source().text()).isEqualTo(line);
	}

	@Test
	void aOneLinePlanWhoseTitleEndsInItsKindAloneKeepsItsNumbersPrefix() {
		String line = "四平市养老服务体系建设实施方案四政办发〔2018〕17号各县（市、区）人民政府，市政府各委办局："
				+ "为加快建设居家为基础、社区为依托、机构为补充的养老服务体系，结合我市实际，制定本方案。一、工作任务（一）建设农村养老服务站。" + "（市民政局负责）四平市人民政府办公室2018年4月20日";
		SingleDocument plan = Documents.single("plan.txt", line.getBytes(StandardCharsets.UTF_8));
		assertThat(plan.document().number()).isEqualTo("四政办发〔2018〕17号");
		assertThat(plan.document().title()).isEqualTo("四平市养老服务体系建设实施方案");
		assertThat(plan.document().issuedOn()).isEqualTo(LocalDate.of(2018, 4, 20));
		assertThat(plan.tasks()).extracting(TaskRecord::units).containsExactly(List.of("市民政局"));
	}

	@Test
	void anErrorInAOneLineDocumentNamesTheFilesLine() {
		String text = "\n" + Documents.text(Documents.PROVINCIAL_ONE_LINE).replace("省住房城乡建设厅）", "省住房城乡建设局）");
		assertThatThrownBy(() -> Documents.parseStrictly("one-line.txt", text.getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(GazetteFormatException.class)
			.hasMessageStartingWith("one-line.txt:2: ")
			.hasMessageContaining("unknown department \"省住房城乡建设局\"");
	}

	@Test
	void theRealDisclosurePageOfSipingImplementsTheProvincialPlan() {
		SingleDocument page = Documents.single(Documents.SIPING_2017_110);
		DocumentRecord doc = page.document();
		assertThat(doc.number()).isEqualTo("四政办发〔2017〕110号");
		assertThat(doc.title()).isEqualTo("四平市人民政府办公室关于印发四平市落实吉林省推进基本公共服务均等化“十三五”规划实施方案的通知");
		assertThat(doc.issuer()).isEqualTo("四平市人民政府办公室");
		assertThat(doc.issuedOn()).isEqualTo(LocalDate.of(2017, 12, 19));
		assertThat(doc.addressees()).containsExactly("铁东区", "铁西区人民政府", "各开发区管委会", "市政府各相关部门");
		DocumentDetails details = page.details();
		assertThat(details.indexNumber()).isEqualTo("112203000136266000/2017-13353");
		assertThat(details.publishedOn()).isEqualTo(LocalDate.of(2017, 12, 19));
		assertThat(details.topics()).containsExactly("社会福利", "社会保障", "通知");
		assertThat(details.note()).isEqualTo("(此件公开发布)");
		assertThat(details.issuerPlace()).isEqualTo("四平市");
		assertThat(details.numberPrefix()).isEqualTo("四政办发");
		// the plan's first paragraph: 为贯彻落实《吉林省人民政府办公厅关于印发…的通知》(吉政办发〔2017〕52号)
		assertThat(page.citations()).extracting(CitationRecord::citedKey).containsExactly("吉政办发〔2017〕52号");
		assertThat(page.implementations()).extracting(CitationRecord::citedKey).containsExactly("吉政办发〔2017〕52号");
		assertThat(page.implementations().getFirst().source().text()).contains("为贯彻落实《吉林省人民政府办公厅");
		// the metadata (发文机关: 市政府办公室) agree with the signature: nothing to report
		assertThat(page.report()).isEmpty();
	}

	@Test
	void aDisclosurePageSavedAsHtmlReadsItsMetadataTableAndIgnoresScripts() {
		SingleDocument page = Documents.single(Documents.SIPING_HTML);
		DocumentRecord doc = page.document();
		assertThat(doc.number()).isEqualTo("四政办发〔2018〕15号");
		assertThat(doc.title()).isEqualTo("四平市人民政府办公室关于印发四平市落实吉林省养老服务体系建设实施方案工作方案的通知");
		assertThat(doc.issuer()).isEqualTo("四平市人民政府办公室");
		assertThat(doc.issuedOn()).isEqualTo(LocalDate.of(2018, 4, 16));
		assertThat(doc.addressees()).containsExactly("铁东区", "铁西区人民政府", "各开发区管委会", "市政府各相关部门");
		DocumentDetails details = page.details();
		assertThat(details.form()).isEqualTo("HTML");
		assertThat(details.indexNumber()).isEqualTo("112203000136266000/2018-02117");
		assertThat(details.publishedOn()).isEqualTo(LocalDate.of(2018, 4, 18));
		assertThat(details.topics()).containsExactly("社会福利", "养老服务", "通知", "养老");
		assertThat(details.validity()).isEqualTo("有效");
		// cited as 吉政办发[2018]30号: one number
		assertThat(page.implementations()).extracting(CitationRecord::citedKey).containsExactly("吉政办发〔2018〕30号");
		// a city's units wait for jurisdictions; they are kept as printed and reported
		assertThat(page.tasks()).extracting(TaskRecord::units)
			.containsExactly(List.of("市民政局", "市财政局", "市住房城乡建设局"), List.of("市卫生计生委"));
		assertThat(page.details().issuerPlace()).isEqualTo("四平市");
	}

	@Test
	void aMirrorInTraditionalCharactersIsReadAsSimplifiedAndKeepsItsTextInProvenance() {
		SingleDocument plan = Documents.single(Documents.BAISHAN_TRADITIONAL);
		DocumentRecord doc = plan.document();
		assertThat(doc.number()).isEqualTo("白府办发〔2018〕9号");
		assertThat(doc.title()).isEqualTo("白山市人民政府办公室关于印发白山市落实吉林省养老服务体系建设实施方案的通知");
		assertThat(doc.issuer()).isEqualTo("白山市人民政府办公室");
		assertThat(doc.issuedOn()).isEqualTo(LocalDate.of(2018, 5, 10));
		assertThat(doc.addressees()).containsExactly("各县（市、区）人民政府", "市政府各委办局");
		assertThat(doc.source().text()).startsWith("白山市人民政府辦公室關於印發").contains("白府辦發〔2018〕9號");
		// 吉政辦發﹝2018﹞30 號: traditional, small brackets, a space before 號
		assertThat(plan.implementations()).extracting(CitationRecord::citedKey).containsExactly("吉政办发〔2018〕30号");
		assertThat(plan.tasks()).extracting(TaskRecord::units).containsExactly(List.of("市民政局", "市财政局"));
		assertThat(plan.tasks().getFirst().source().text()).contains("牽頭");
	}

	@Test
	void aPdfIsReadPageByPageWithTheSpacesBetweenCharactersRepaired() {
		byte[] pdf = TestPdfs.pdf(List.of(
				List.of("长春市人民政府办公厅文件", "长府办发﹝2018﹞ 21 号", "~长春市人民政府办公厅关于印发长春市", "~落实养老服务体系建设实施方案的通知",
						"各区人民政府，市政府各委办局：", "现将《长春市落实养老服务体系建设实施方案》印发给你们，请认真贯彻执行。"),
				List.of("长春市人民政府办公厅", "2018年6月1日", "长春市落实养老服务体系建设实施方案",
						"为贯彻落实《吉林省人民政府办公厅关于印发吉林省养老服务体系建设实施方案的通知》（吉政办发【2018】30号），制定本方案。", "一、工作任务",
						"（一）建设居家养老服务网络。（市民政局负责）")),
				null);
		SingleDocument plan = Documents.single("changchun-elderly-care-plan.pdf", pdf);
		DocumentRecord doc = plan.document();
		assertThat(doc.number()).isEqualTo("长府办发〔2018〕21号");
		assertThat(doc.title()).isEqualTo("长春市人民政府办公厅关于印发长春市落实养老服务体系建设实施方案的通知");
		assertThat(doc.issuer()).isEqualTo("长春市人民政府办公厅");
		assertThat(doc.issuedOn()).isEqualTo(LocalDate.of(2018, 6, 1));
		assertThat(doc.addressees()).containsExactly("各区人民政府", "市政府各委办局");
		assertThat(plan.details().form()).isEqualTo("PDF");
		assertThat(plan.details().issuerPlace()).isEqualTo("长春市");
		assertThat(doc.source().page()).isEqualTo(1);
		// provenance shows the text as extracted, spaces and all
		assertThat(doc.source().text()).contains("长 春 市 人 民 政 府");
		assertThat(plan.implementations()).extracting(CitationRecord::citedKey).containsExactly("吉政办发〔2018〕30号");
		assertThat(plan.implementations().getFirst().source().page()).isEqualTo(2);
		assertThat(plan.tasks()).extracting(TaskRecord::units).containsExactly(List.of("市民政局"));
	}

	@Test
	void aNationalOpinionNamesTheStateCouncilsMinistries() {
		SingleDocument opinion = Documents.single(Documents.NATIONAL);
		assertThat(opinion.document().number()).isEqualTo("国办发〔2016〕91号");
		assertThat(opinion.document().title()).isEqualTo("国务院办公厅关于全面放开养老服务市场提升养老服务质量的若干意见");
		assertThat(opinion.document().kind()).isEqualTo(DocumentKind.OPINION);
		assertThat(opinion.document().issuer()).isEqualTo("国务院办公厅");
		assertThat(opinion.document().issuedOn()).isEqualTo(LocalDate.of(2016, 12, 7));
		assertThat(opinion.details().issuerPlace()).isEqualTo("中华人民共和国");
		assertThat(opinion.tasks()).extracting(TaskRecord::units)
			.containsExactly(List.of("民政部", "工商总局"), List.of("商务部", "民政部"));
		assertThat(opinion.citations()).isEmpty();
	}

	@Test
	void anExcerptWithOnlyTheHeaderAndFirstParagraphYieldsWhatIsThere() {
		String excerpt = """
				吉政办发〔2018〕30号

				吉林省人民政府办公厅关于印发吉林省
				养老服务体系建设实施方案的通知

				各市（州）人民政府，长白山管委会：

				　　为贯彻落实《国务院办公厅关于全面放开养老服务市场提升养老服务质量的若干意见》（国办发〔2016〕91号），
				""";
		SingleDocument doc = Documents.single("excerpt.txt", excerpt.getBytes(StandardCharsets.UTF_8));
		assertThat(doc.document().number()).isEqualTo("吉政办发〔2018〕30号");
		assertThat(doc.document().title()).isEqualTo("吉林省人民政府办公厅关于印发吉林省养老服务体系建设实施方案的通知");
		assertThat(doc.document().addressees()).containsExactly("各市（州）人民政府", "长白山管委会");
		assertThat(doc.document().issuedOn()).isNull();
		assertThat(doc.implementations()).extracting(CitationRecord::citedKey).containsExactly("国办发〔2016〕91号");
	}

	@Test
	void theMetadataFillWhatTheHeaderLacksAndDisagreementsAreReportedNotGuessed() {
		String page = """
				索  引 号: 11220300/2018-00001
				发文机关: 市政府办公室
				成文日期: 2018年4月16日
				标      题: 四平市人民政府办公室关于做好养老服务工作的通知
				发文字号: 四政办发〔2018〕16号
				发布日期: 2018年4月20日

				四平市人民政府办公室关于做好养老服务工作的通知

				四政办发〔2018〕61号

				各县（市、区）人民政府：

				　　现就做好养老服务工作通知如下。
				""";
		SingleDocument doc = Documents.single("page.txt", page.getBytes(StandardCharsets.UTF_8));
		// no signature: the date and the issuer come from the metadata
		assertThat(doc.document().issuedOn()).isEqualTo(LocalDate.of(2018, 4, 16));
		assertThat(doc.document().issuer()).isEqualTo("市政府办公室");
		// the number disagrees: the document's own is kept, and the report says so
		assertThat(doc.document().number()).isEqualTo("四政办发〔2018〕61号");
		assertThat(doc.report()).containsExactly(
				"5: the page's metadata say 发文字号 四政办发〔2018〕16号, the document says 四政办发〔2018〕61号; kept the document's");
	}

	@Test
	void aTaskTableWithOneCellPerLineAsFlattenedPagesPrintIt() {
		String text = """
				吉政办发〔2018〕31号

				吉林省人民政府办公厅关于做好养老服务工作的通知

				各市（州）人民政府：

				一、任务分工

				序号 |
				重点任务 |
				牵头单位 |
				责任单位 |
				1 |
				建立养老服务评估制度 |
				省民政厅 |
				省卫生计生委、省财政厅 |
				2 |
				落实用地政策 |
				省国土资源厅 |
				省住建厅 |
				""";
		SingleDocument doc = Documents.single("table.txt", text.getBytes(StandardCharsets.UTF_8));
		assertThat(unitsByTask(doc)).containsExactly(Map.entry("table/1", List.of("省民政厅", "省卫生计生委", "省财政厅")),
				Map.entry("table/2", List.of("省国土资源厅", "省住房城乡建设厅")));
	}

	@Test
	void anUnknownDepartmentOfTheProvinceIsRefusedWhenParsingStrictly() {
		String text = Documents.text(Documents.PROVINCIAL).replace("省住房城乡建设厅）", "省住房城乡建设局）");
		assertThatThrownBy(() -> Documents.parseStrictly("unit.txt", text.getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(GazetteFormatException.class)
			.hasMessageStartingWith("unit.txt:25: ")
			.hasMessageContaining("unknown department \"省住房城乡建设局\"");
		// leniently, as uploads are read, it is an unverified unit of 吉林省, listed in the
		// report
		SingleDocument lenient = Documents.single("unit.txt", text.getBytes(StandardCharsets.UTF_8));
		assertThat(lenient.unverified()).extracting(OrganizationRecord::name).contains("省住房城乡建设局");
	}

	private static Map<String, List<TaskAssignmentRecord>> assignmentsByTask(SingleDocument doc) {
		return doc.tasks()
			.stream()
			.collect(Collectors.toMap(TaskRecord::key, TaskRecord::assignments, (a, b) -> a,
					java.util.LinkedHashMap::new));
	}

	private static TaskAssignmentRecord lead(String unit) {
		return new TaskAssignmentRecord(unit, AssignmentRole.LEAD, false);
	}

	private static TaskAssignmentRecord responsible(String unit) {
		return new TaskAssignmentRecord(unit, AssignmentRole.RESPONSIBLE, false);
	}

	private static Map<String, List<String>> unitsByTask(SingleDocument doc) {
		return doc.tasks()
			.stream()
			.collect(Collectors.toMap(TaskRecord::key, TaskRecord::units, (a, b) -> a, java.util.LinkedHashMap::new));
	}

}
