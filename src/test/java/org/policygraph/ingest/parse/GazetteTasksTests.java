package org.policygraph.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.policygraph.ingest.record.AssignmentRole;
import org.policygraph.ingest.record.Gazette;
import org.policygraph.ingest.record.TaskAssignmentRecord;
import org.policygraph.ingest.record.TaskKind;
import org.policygraph.ingest.record.TaskRecord;
import org.policygraph.ingest.text.GazetteText;

/**
 * Who is responsible for what: Annex 2 of 52号, 55号's annotated tasks and measures, 57号's
 * leads.
 */
class GazetteTasksTests {

	private static final String NOTICE_57 = "吉政办发〔2017〕57号";

	private final Gazette gazette = Gazettes.real();

	/**
	 * Annex 2's 责任单位, as canonical units in printed order. Abbreviations after the first
	 * unit drop the 省 ("省发展改革委、财政厅牵头" is 省发展改革委 and 省财政厅); generic phrases
	 * (其他有关部门按职责分工负责, 地方各级政府) are nobody in particular.
	 */
	@Test
	void the25KeyTasksOfAnnex2() {
		String table = """
				1  | 省发展改革委
				2  | 省教育厅
				3  | 省人力资源社会保障厅
				4  | 省人力资源社会保障厅
				5  | 省卫生计生委、省食品药品监督管理局、省中医药管理局
				6  | 省民政厅
				7  | 省住房城乡建设厅
				8  | 省文化厅、省新闻出版广电局、省体育局
				9  | 省残联
				10 | 省扶贫办
				11 | 省民政厅
				12 | 省公安厅
				13 | 省发展改革委、省财政厅
				14 | 省编办
				15 | 省民政厅
				16 | 省财政厅
				17 | 省财政厅
				18 | 省文明办、省民政厅
				19 | 省财政厅
				20 | 省教育厅、省人力资源社会保障厅
				21 | 省人力资源社会保障厅
				22 | 省住房城乡建设厅、省国土资源厅
				23 | 省质监局
				24 | 省发展改革委、省统计局
				25 | 省发展改革委
				""";
		Map<String, List<String>> expected = new LinkedHashMap<>();
		table.lines()
			.map(line -> line.split("\\|"))
			.forEach(cells -> expected.put("annex2/" + cells[0].strip(), List.of(cells[1].strip().split("、"))));
		List<TaskRecord> keyTasks = tasks(TaskKind.KEY_TASK);
		Map<String, List<String>> actual = new LinkedHashMap<>();
		keyTasks.forEach(task -> actual.put(task.key(), task.units()));
		assertThat(actual).containsExactlyEntriesOf(expected);
		assertThat(keyTasks).allSatisfy(task -> assertThat(task.documentKey()).isEqualTo("吉政办发〔2017〕52号"));
	}

	@Test
	void separateLeadsAreMarked() {
		// line 727: 省卫生计生委、食品药品监管局、中医药管理局分别牵头; line 730: 省文化厅、新闻出版广电局、体育局分别牵头
		assertThat(tasks(TaskKind.KEY_TASK).stream().filter(TaskRecord::separateLeads)).extracting(TaskRecord::key)
			.containsExactly("annex2/5", "annex2/8");
	}

	@Test
	void keyTask25HasItsPageBreakDuplicateRepaired() {
		// line 749: 省发展改革委牵头，地方各级政府和其 其他有关部门按职责分工负责
		TaskRecord task25 = tasks(TaskKind.KEY_TASK).get(24);
		assertThat(task25.title()).isEqualTo("组织规划评估，加强绩效评价和监督问责");
		assertThat(task25.text()).isEqualTo("组织规划评估，加强绩效评价和监督问责。");
		assertThat(task25.units()).containsExactly("省发展改革委");
		assertThat(task25.source().fromLine()).isEqualTo(749);
		assertThat(task25.source().text()).contains("地方各级政府和其 其他有关部门");
	}

	/** All 16 （责任单位：…） annotations of 55号, in both bracket styles, and its prose task. */
	@Test
	void opinion55TasksAndPolicyMeasuresWithTheirUnits() {
		assertThat(gazette.tasks().stream().filter(t -> t.documentKey().equals("吉政办发〔2017〕55号")))
			.extracting(TaskRecord::key, TaskRecord::kind, TaskRecord::title, TaskRecord::units)
			.containsExactly(tuple("三/(一)", TaskKind.TASK, "健全标准体系", List.of("省住房城乡建设厅", "省公安厅", "省质监局")),
					tuple("三/(二)", TaskKind.TASK, "培育市场主体", List.of("省住房城乡建设厅", "省工业和信息化厅", "省工商局", "省质监局")),
					tuple("三/(三)", TaskKind.TASK, "提高创新能力", List.of("省住房城乡建设厅", "省工业和信息化厅", "省科技厅", "省教育厅", "省质监局")),
					tuple("三/(四)", TaskKind.TASK, "推广先进技术",
							List.of("省住房城乡建设厅", "省工业和信息化厅", "省科技厅", "省林业厅", "省旅游发展委", "省质监局")),
					tuple("三/(五)", TaskKind.TASK, "提升装配施工水平", List.of("省住房城乡建设厅", "省工业和信息化厅", "省科技厅", "省质监局")),
					tuple("三/(六)", TaskKind.TASK, "促进绿色发展",
							List.of("省住房城乡建设厅", "省工业和信息化厅", "省科技厅", "省林业厅", "省环保厅", "省质监局")),
					tuple("三/(七)", TaskKind.TASK, "大力发展全装修", List.of("省住房城乡建设厅", "省工业和信息化厅", "省质监局")),
					tuple("三/(八)", TaskKind.TASK, "推行工程总承包", List.of("省住房城乡建设厅", "省工业和信息化厅", "省质监局")),
					tuple("三/(九)", TaskKind.TASK, "确保工程质量安全", List.of("省住房城乡建设厅", "省质监局", "省安监局")),
					// lines 811-813: "省住房城乡建设" / (page break) / "建设厅、…" is 省住房城乡建设厅
					tuple("三/(十)", TaskKind.TASK, "加强人才培养", List.of("省住房城乡建设厅", "省人力资源社会保障厅", "省教育厅")),
					tuple("四/(一)", TaskKind.POLICY_MEASURE, "加大资金支持",
							List.of("省财政厅", "省发展改革委", "省工业和信息化厅", "省人力资源社会保障厅", "省住房城乡建设厅")),
					tuple("四/(二)", TaskKind.POLICY_MEASURE, "加大金融支持",
							List.of("省住房城乡建设厅", "省工业和信息化厅", "省金融办", "中国人民银行长春中心支行", "吉林银监局")),
					tuple("四/(三)", TaskKind.POLICY_MEASURE, "实施税费优惠", List.of("省财政厅", "省住房城乡建设厅", "省国税局", "省地税局")),
					tuple("四/(四)", TaskKind.POLICY_MEASURE, "强化用地保障", List.of("省国土资源厅", "省住房城乡建设厅")),
					tuple("四/(五)", TaskKind.POLICY_MEASURE, "创新服务机制", List.of("省住房城乡建设厅", "省发展改革委", "省国土资源厅", "省环保厅")),
					tuple("四/(六)", TaskKind.POLICY_MEASURE, "给予运输支持", List.of("省公安厅", "省住房城乡建设厅", "省交通运输厅")),
					// not annotated, assigned in prose (line 835)
					tuple("五/(一)", TaskKind.LEAD, "强化组织领导", List.of("省住房城乡建设厅")));
	}

	@Test
	void aTasksTextIsItsParagraphWithoutTheAnnotation() {
		TaskRecord lastTask = task("三/(十)");
		assertThat(lastTask.text()).isEqualTo(
				"加强人才培养。推进装配式建筑人才队伍建设，加强装配式建筑设计、生产、施工、监理、检验检测、验收、" + "物业管理等各类人员的教育和培训，大力培育装配式建筑技术技能人才，建立专业化产业工人队伍。");
		assertThat(lastTask.source().fromLine()).isEqualTo(811);
		assertThat(lastTask.source().toLine()).isEqualTo(813);
		assertThat(task("四/(六)").text()).doesNotContain("责任单位").endsWith("在物流运输、交通畅通方面依法依规给予支持。");
	}

	/**
	 * Leads named in prose. Departments followed by 牵头, or by (要)会同 (they lead the
	 * others), lead; the partners after 会同 help, and are units of the task too. 二(四)
	 * "省食品药品监督管理局要加强…" has the bureau act alone: no task. 55号 has annotations, and its
	 * 五(一) prose assignment is still a task: no annotation assigns it.
	 */
	@Test
	void leadsNamedInProse() {
		assertThat(tasks(TaskKind.LEAD))
			.extracting(TaskRecord::documentKey, TaskRecord::key, TaskRecord::title, TaskRecord::units,
					t -> t.source().fromLine())
			.containsExactly(
					// line 835: 省住房城乡建设厅要会同省直相关部门，…定期组织实施督查、考核
					tuple("吉政办发〔2017〕55号", "五/(一)", "强化组织领导", List.of("省住房城乡建设厅"), 835),
					// line 863: 省卫生计生委、省食品药品监督管理局牵头，会同相关部门…
					tuple("吉政办发〔2017〕57号", "一", "加强组织领导，完善工作机制", List.of("省卫生计生委", "省食品药品监督管理局"), 863),
					// line 873: 省食品药品监督管理局要会同省卫生计生委…: the partner is a unit too
					tuple("吉政办发〔2017〕57号", "二/(三)", "加强疫苗全程追溯管理", List.of("省食品药品监督管理局", "省卫生计生委"), 873),
					// line 911: 省卫生计生委、省食品药品监督管理局要会同有关部门加强监督检查
					tuple("吉政办发〔2017〕57号", "六", "强化督导检查", List.of("省卫生计生委", "省食品药品监督管理局"), 911));
		assertThat(gazette.tasks()).noneMatch(t -> t.key().equals("二/(四)"));
	}

	/**
	 * Every prose assignment with its roles, generic parties (marked *) included: the
	 * four leads above and the two sentences that give work without a lead.
	 */
	@Test
	void everyProseAssignmentWithItsRoles() {
		assertThat(gazette.tasks().stream().filter(t -> t.kind() == TaskKind.LEAD || t.documentKey().equals(NOTICE_57)))
			.extracting(TaskRecord::key, TaskRecord::kind, t -> roles(t))
			.containsExactly(tuple("五/(一)", TaskKind.LEAD, List.of("省住房城乡建设厅 LEAD", "省直相关部门* RESPONSIBLE")),
					tuple("一", TaskKind.LEAD, List.of("省卫生计生委 LEAD", "省食品药品监督管理局 LEAD", "相关部门* RESPONSIBLE")),
					// line 867: 第一类疫苗的采购由省卫生计生委通过省公共资源交易平台统一开展
					tuple("二/(一)", TaskKind.TASK, List.of("省卫生计生委 RESPONSIBLE")),
					tuple("二/(三)", TaskKind.LEAD, List.of("省食品药品监督管理局 LEAD", "省卫生计生委 RESPONSIBLE")),
					// line 899: 省级价格主管部门负责核定第二类疫苗接种服务费标准: a generic party alone
					tuple("四/(四)", TaskKind.TASK, List.of("省级价格主管部门* RESPONSIBLE")),
					tuple("六", TaskKind.LEAD, List.of("省卫生计生委 LEAD", "省食品药品监督管理局 LEAD", "有关部门* RESPONSIBLE")));
		assertThat(task(NOTICE_57, "四/(四)").units()).isEmpty();
		assertThat(task(NOTICE_57, "二/(一)").source().fromLine()).isEqualTo(867);
	}

	/**
	 * 52号's one prose assignment, 省发展改革委要会同省统计局等有关部门… (line 589), names the departments
	 * of Annex 2's row 24 for the same work: it is that task, not a second one.
	 */
	@Test
	void aProseSentenceThatRepeatsAnAnnotatedTaskIsThatTask() {
		Lookups lookups = new Lookups(
				GazetteText.decode("t.txt", "x".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
				org.policygraph.department.DepartmentRegistry.loadDefault(),
				new org.policygraph.funding.FundingGrammar());
		assertThat(LeadStatements.sentence(lookups, "省发展改革委要会同省统计局等有关部门，依据国家制定的基本公共服务综合评估指标体系", 589))
			.extracting(a -> a.unit() + (a.party() ? "*" : "") + " " + a.role())
			.containsExactly("省发展改革委 LEAD", "省统计局 RESPONSIBLE", "有关部门* RESPONSIBLE");
		assertThat(task("annex2/24").units()).containsExactly("省发展改革委", "省统计局");
		assertThat(gazette.tasks().stream().filter(t -> t.documentKey().equals("吉政办发〔2017〕52号")))
			.allMatch(t -> t.kind() == TaskKind.KEY_TASK);
	}

	/**
	 * Annex 2: the departments before 牵头 lead (分别牵头: each its part); 其他有关部门按职责分工负责 is a
	 * generic party, responsible, in every row; row 25 adds 地方各级政府.
	 */
	@Test
	void annex2LeadsAndTheGenericPartiesBesideThem() {
		for (TaskRecord task : tasks(TaskKind.KEY_TASK)) {
			List<String> expected = new java.util.ArrayList<>(task.units().stream().map(u -> u + " LEAD").toList());
			if (task.key().equals("annex2/25")) {
				expected.add("地方各级政府* RESPONSIBLE");
			}
			expected.add("其他有关部门* RESPONSIBLE");
			assertThat(roles(task)).as(task.key()).containsExactlyElementsOf(expected);
		}
	}

	/** 55号's annotations are plain lists: every unit is responsible, none leads. */
	@Test
	void annotationsMakeEveryUnitResponsible() {
		List<TaskRecord> annotated = gazette.tasks()
			.stream()
			.filter(t -> t.kind() == TaskKind.TASK || t.kind() == TaskKind.POLICY_MEASURE)
			.filter(t -> t.documentKey().equals("吉政办发〔2017〕55号"))
			.toList();
		assertThat(annotated).hasSize(16).allSatisfy(task -> {
			assertThat(task.assignments()).extracting(TaskAssignmentRecord::unit)
				.containsExactlyElementsOf(task.units());
			assertThat(task.assignments()).allMatch(a -> a.role() == AssignmentRole.RESPONSIBLE && !a.party());
		});
	}

	@Test
	void genericPartiesAreRecognisedByTheirShapeOnly() {
		assertThat(org.policygraph.department.GenericParties.recognise("其他有关部门")).contains("其他有关部门");
		assertThat(org.policygraph.department.GenericParties.recognise("各市（州）政府")).contains("各市（州）政府");
		assertThat(org.policygraph.department.GenericParties.recognise("县级政府")).contains("县级政府");
		assertThat(org.policygraph.department.GenericParties.recognise("省级价格主管部门")).contains("省级价格主管部门");
		// a misspelt department is not a generic party: it stays a registry error
		assertThat(org.policygraph.department.GenericParties.recognise("省财政局")).isEmpty();
		assertThat(org.policygraph.department.GenericParties.recognise("省政府")).isEmpty();
	}

	private static List<String> roles(TaskRecord task) {
		return task.assignments().stream().map(a -> a.unit() + (a.party() ? "*" : "") + " " + a.role()).toList();
	}

	@Test
	void tasksByKind() {
		assertThat(tasks(TaskKind.KEY_TASK)).hasSize(25);
		// 10 annotated tasks of 55号 and 57号's 二(一) and 四(四), which give work without a
		// lead
		assertThat(tasks(TaskKind.TASK)).hasSize(12);
		assertThat(tasks(TaskKind.POLICY_MEASURE)).hasSize(6);
		// 57号's three and 55号's 五(一)
		assertThat(tasks(TaskKind.LEAD)).hasSize(4);
	}

	private List<TaskRecord> tasks(TaskKind kind) {
		return gazette.tasks().stream().filter(t -> t.kind() == kind).toList();
	}

	private TaskRecord task(String document, String key) {
		return gazette.tasks()
			.stream()
			.filter(t -> t.documentKey().equals(document) && t.key().equals(key))
			.findFirst()
			.orElseThrow();
	}

	private TaskRecord task(String key) {
		return gazette.tasks().stream().filter(t -> t.key().equals(key)).findFirst().orElseThrow();
	}

}
