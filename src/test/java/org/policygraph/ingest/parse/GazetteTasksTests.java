package org.policygraph.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.policygraph.ingest.record.Gazette;
import org.policygraph.ingest.record.TaskKind;
import org.policygraph.ingest.record.TaskRecord;

/**
 * Who is responsible for what: Annex 2 of 52号, 55号's annotated tasks and measures, 57号's
 * leads.
 */
class GazetteTasksTests {

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

	/** All 16 （责任单位：…） annotations of 55号, in both bracket styles. */
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
					tuple("四/(六)", TaskKind.POLICY_MEASURE, "给予运输支持", List.of("省公安厅", "省住房城乡建设厅", "省交通运输厅")));
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
	 * 57号 names its leads in prose. Departments followed by 牵头, or by (要)会同 (they lead
	 * the others), lead; the partners after 会同 do not. 二(四) "省食品药品监督管理局要加强…" has the
	 * bureau act alone: no lead.
	 */
	@Test
	void notice57Leads() {
		assertThat(tasks(TaskKind.LEAD))
			.extracting(TaskRecord::documentKey, TaskRecord::key, TaskRecord::title, TaskRecord::units,
					t -> t.source().fromLine())
			.containsExactly(
					// line 863: 省卫生计生委、省食品药品监督管理局牵头，会同相关部门…
					tuple("吉政办发〔2017〕57号", "一", "加强组织领导，完善工作机制", List.of("省卫生计生委", "省食品药品监督管理局"), 863),
					// line 873: 省食品药品监督管理局要会同省卫生计生委…
					tuple("吉政办发〔2017〕57号", "二/(三)", "加强疫苗全程追溯管理", List.of("省食品药品监督管理局"), 873),
					// line 911: 省卫生计生委、省食品药品监督管理局要会同有关部门加强监督检查
					tuple("吉政办发〔2017〕57号", "六", "强化督导检查", List.of("省卫生计生委", "省食品药品监督管理局"), 911));
		assertThat(gazette.tasks()).noneMatch(t -> t.key().equals("二/(四)"));
	}

	@Test
	void tasksByKind() {
		assertThat(tasks(TaskKind.KEY_TASK)).hasSize(25);
		assertThat(tasks(TaskKind.TASK)).hasSize(10);
		assertThat(tasks(TaskKind.POLICY_MEASURE)).hasSize(6);
		assertThat(tasks(TaskKind.LEAD)).hasSize(3);
	}

	private List<TaskRecord> tasks(TaskKind kind) {
		return gazette.tasks().stream().filter(t -> t.kind() == kind).toList();
	}

	private TaskRecord task(String key) {
		return gazette.tasks().stream().filter(t -> t.key().equals(key)).findFirst().orElseThrow();
	}

}
