package org.policygraph.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policygraph.ingest.record.AnnexRecord;
import org.policygraph.ingest.record.AppointmentAction;
import org.policygraph.ingest.record.AppointmentRecord;
import org.policygraph.ingest.record.CitationRecord;
import org.policygraph.ingest.record.DocumentKind;
import org.policygraph.ingest.record.DocumentRecord;
import org.policygraph.ingest.record.DomainRecord;
import org.policygraph.ingest.record.EditorialMemberRecord;
import org.policygraph.ingest.record.Gazette;
import org.policygraph.ingest.record.IssueRecord;
import org.policygraph.ingest.record.ServiceItemRecord;
import org.policygraph.ingest.record.TaskKind;
import org.policygraph.ingest.record.TaskRecord;

/**
 * A second, smaller issue made for the tests (gazettes/small-gazette.txt): nothing in the
 * parser may depend on issue 22 of 2017. One notice with a three-item service list and a
 * two-row task table, one citation, one appointment.
 */
class GazetteSmallIssueTests {

	private static final String NOTICE = "吉政办发〔2018〕8号";

	private static Gazette gazette;

	@BeforeAll
	static void parse() throws IOException {
		try (InputStream in = GazetteSmallIssueTests.class.getResourceAsStream("/gazettes/small-gazette.txt")) {
			gazette = Gazettes.parser().parse("small-gazette.txt", in.readAllBytes());
		}
	}

	@Test
	void itIsIssue5Of2018() {
		assertThat(gazette.issue())
			.extracting(IssueRecord::key, IssueRecord::number, IssueRecord::cumulativeNumber, IssueRecord::publishedOn)
			.containsExactly("吉林省人民政府公报/2018/5", 5, 769, LocalDate.of(2018, 3, 15));
		assertThat(gazette.editorialBoard()).extracting(EditorialMemberRecord::person, EditorialMemberRecord::roles)
			.containsExactly(tuple("于亮", List.of("主任")), tuple("邹宗刚", List.of("主编")));
	}

	@Test
	void oneNoticeOneDecisionAndOneCitedDocument() {
		assertThat(gazette.documents()).extracting(DocumentRecord::key, DocumentRecord::kind, DocumentRecord::citedOnly)
			.containsExactly(tuple(NOTICE, DocumentKind.NOTICE, false),
					tuple("吉政干任〔2018〕5号", DocumentKind.PERSONNEL_DECISION, false),
					tuple("国发〔2017〕9号", DocumentKind.PLAN, true));
		DocumentRecord notice = gazette.documents().get(0);
		assertThat(notice.title()).isEqualTo("吉林省人民政府办公厅关于印发吉林省农村基本公共服务试点方案的通知");
		assertThat(notice.issuedOn()).isEqualTo(LocalDate.of(2018, 3, 1));
		assertThat(notice.addressees()).containsExactly("各市（州）人民政府", "省政府各厅委办", "各直属机构");
		assertThat(gazette.annexes()).extracting(AnnexRecord::no, AnnexRecord::title)
			.containsExactly(tuple(1, "试点服务清单"), tuple(2, "任务分工"));
	}

	@Test
	void theOnlyCitationIsTheNationalPlan() {
		// the plan the notice issues (line 37) and 《试点服务清单》 (its own annex, line 45) are
		// not citations
		assertThat(gazette.citations())
			.extracting(CitationRecord::citingKey, CitationRecord::citedKey, CitationRecord::citedTitle,
					c -> c.source().fromLine())
			.containsExactly(tuple(NOTICE, "国发〔2017〕9号", "“十三五”推进基本公共服务均等化规划", 45));
	}

	@Test
	void threeServiceItemsInTwoDomains() {
		assertThat(gazette.domains()).extracting(DomainRecord::order, DomainRecord::name)
			.containsExactly(tuple(1, "基本公共教育"), tuple(2, "基本医疗卫生"));
		assertThat(gazette.serviceItems())
			.extracting(ServiceItemRecord::no, ServiceItemRecord::domain, ServiceItemRecord::name,
					ServiceItemRecord::leadDepartments, i -> i.funding().text(), i -> i.source().fromLine())
			.containsExactly(tuple(1, "基本公共教育", "乡村学校营养餐", List.of("省教育厅", "省财政厅"), "中央、省及市县财政按比例分担。", 56),
					tuple(2, "基本医疗卫生", "村医健康巡诊", List.of("省卫生计生委"), "市县政府负责，中央、省财政适当补助。", 58),
					tuple(3, "基本医疗卫生", "乡镇卫生院药品配送", List.of("省卫生计生委", "省财政厅"), "省和市人民政府负责。", 61));
	}

	@Test
	void twoKeyTasksAndOneAppointment() {
		assertThat(gazette.tasks()).extracting(TaskRecord::key, TaskRecord::kind, TaskRecord::units)
			.containsExactly(tuple("annex2/1", TaskKind.KEY_TASK, List.of("省财政厅")),
					tuple("annex2/2", TaskKind.KEY_TASK, List.of("省卫生计生委", "省教育厅")));
		assertThat(gazette.appointments())
			.extracting(AppointmentRecord::person, AppointmentRecord::action, AppointmentRecord::post,
					AppointmentRecord::organization, AppointmentRecord::decisionKey, AppointmentRecord::date)
			.containsExactly(
					tuple("李明", AppointmentAction.APPOINT, "副厅长", "省财政厅", "吉政干任〔2018〕5号", LocalDate.of(2018, 3, 1)));
		assertThat(gazette.indicators()).isEmpty();
		assertThat(gazette.phasedTargets()).isEmpty();
	}

}
