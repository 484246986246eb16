package org.policygraph.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policygraph.department.DepartmentRegistry;
import org.policygraph.department.UnknownDepartmentException;

/**
 * Responsibility phrases as the gazette prints them, read against the real department
 * registry.
 */
class ResponsibilitiesTests {

	private static Responsibilities responsibilities;

	private static List<String> gazette;

	@BeforeAll
	static void load() {
		responsibilities = new Responsibilities(DepartmentRegistry.loadDefault());
		gazette = Gazettes.lines();
	}

	// --- the gazette's own responsibility columns and annotations

	@Test
	void everyAnnexOneLeadCellResolves() {
		Map<Integer, String> leads = numberedRows(599, 714);
		assertThat(leads).hasSize(85);
		leads.forEach(
				(item, cell) -> assertThat(responsibilities.units(cell)).as("item %d: %s", item, cell).isNotEmpty());
	}

	@Test
	void annexOneLeadsKeepPrintedOrderAndResolveVariants() {
		Map<Integer, String> leads = numberedRows(599, 714);
		assertThat(responsibilities.units(leads.get(10))).containsExactly("省人力资源社会保障厅", "省财政厅", "中国人民银行长春中心支行");
		// Items 30-42 were extracted with a space between every character.
		assertThat(leads.get(38)).contains("省 卫 生 计 生 委");
		assertThat(responsibilities.units(leads.get(38))).containsExactly("省卫生计生委", "省中医药管理局");
		assertThat(responsibilities.units(leads.get(47))).containsExactly("省食品药品监督管理局");
		assertThat(responsibilities.units(leads.get(83))).containsExactly("省残联", "省人力资源社会保障厅", "省农委");
		assertThat(responsibilities.units(leads.get(85))).containsExactly("省住房城乡建设厅", "省工业和信息化厅", "省残联");
	}

	@Test
	void everyAnnexTwoUnitCellResolves() {
		Map<Integer, String> units = numberedRows(716, 749);
		assertThat(units).hasSize(25);
		units.forEach((row, cell) -> assertThat(responsibilities.units(cell)).as("row %d: %s", row, cell).isNotEmpty());
	}

	@Test
	void annexTwoSeparateLeadsForHealthResolveShortFormsAgainstTheProvince() {
		assertThat(responsibilities.units(numberedRows(716, 749).get(5))).containsExactly("省卫生计生委", "省食品药品监督管理局",
				"省中医药管理局");
	}

	@Test
	void annexTwoShortFormFinanceDepartmentIsTheProvincialOne() {
		assertThat(responsibilities.units(numberedRows(716, 749).get(13))).containsExactly("省发展改革委", "省财政厅");
	}

	@Test
	void annexTwoRowsWithShortFormsAfterAProvincialUnit() {
		Map<Integer, String> units = numberedRows(716, 749);
		assertThat(responsibilities.units(units.get(8))).containsExactly("省文化厅", "省新闻出版广电局", "省体育局");
		assertThat(responsibilities.units(units.get(18))).containsExactly("省文明办", "省民政厅");
		assertThat(responsibilities.units(units.get(20))).containsExactly("省教育厅", "省人力资源社会保障厅");
		assertThat(responsibilities.units(units.get(22))).containsExactly("省住房城乡建设厅", "省国土资源厅");
		assertThat(responsibilities.units(units.get(24))).containsExactly("省发展改革委", "省统计局");
	}

	@Test
	void annexTwoLastRowHandsTheRestToLocalGovernmentsDespiteTheDoubledCharacter() {
		String cell = numberedRows(716, 749).get(25);
		assertThat(cell).contains("地方各级政府和其 其他有关部门");
		assertThat(responsibilities.units(cell)).containsExactly("省发展改革委");
	}

	@Test
	void everyPrefabricatedBuildingAnnotationResolves() {
		// As the parser hands them over: the page-break duplicate in the tenth is
		// repaired (see below).
		List<String> annotations = prefabricatedBuildingAnnotations().stream()
			.map(annotation -> annotation.replace("省住房城乡建设建设厅", "省住房城乡建设厅"))
			.toList();
		assertThat(annotations).hasSize(16);
		annotations.forEach(annotation -> assertThat(responsibilities.units(annotation)).as(annotation).isNotEmpty());
		assertThat(responsibilities.units(annotations.get(0))).containsExactly("省住房城乡建设厅", "省公安厅", "省质监局");
		assertThat(responsibilities.units(annotations.get(11))).containsExactly("省住房城乡建设厅", "省工业和信息化厅", "省金融办",
				"中国人民银行长春中心支行", "吉林银监局");
		assertThat(responsibilities.units(annotations.get(12))).containsExactly("省财政厅", "省住房城乡建设厅", "省国税局", "省地税局");
	}

	@Test
	void talentAnnotationSplitAcrossAPageBreakResolvesOnlyOnceRepaired() {
		String printed = prefabricatedBuildingAnnotations().get(9);
		assertThat(printed).contains("省住房城乡建设建设厅");
		// The registry does not paper over the page-break artefact: the parser repairs it
		// first.
		assertThatThrownBy(() -> responsibilities.units(printed)).isInstanceOf(UnknownDepartmentException.class)
			.extracting(ex -> ((UnknownDepartmentException) ex).mention())
			.isEqualTo("省住房城乡建设建设厅");
		String repaired = printed.replace("省住房城乡建设建设厅", "省住房城乡建设厅");
		assertThat(responsibilities.units(repaired)).containsExactly("省住房城乡建设厅", "省人力资源社会保障厅", "省教育厅");
	}

	@Test
	void annotationsResolveWithTheirLabelAndEitherBracketWidth() {
		assertThat(responsibilities.units("（责任单位：省国土资源厅、省住房城乡建设厅）")).containsExactly("省国土资源厅", "省住房城乡建设厅");
		assertThat(responsibilities.units("(责任单位:省公安厅、省住房城乡建设厅、省交通运输厅)")).containsExactly("省公安厅", "省住房城乡建设厅", "省交通运输厅");
	}

	@Test
	void vaccineNoticeIsLedByHealthCommissionAndFoodAndDrugAdministration() {
		String lead = line(863).substring(0, line(863).indexOf("，会同"));
		assertThat(lead).isEqualTo("省卫生计生委、省食品药品监督管理局牵头");
		assertThat(responsibilities.units(lead)).containsExactly("省卫生计生委", "省食品药品监督管理局");
	}

	/**
	 * The generic phrases of the gazette's responsibility columns, and their variants: no
	 * department among them (they are generic parties, kept by
	 * {@link #genericPartiesAreKeptWithTheirRoles}).
	 */
	static final List<String> GENERIC_PHRASES = List.of("其他有关部门按职责分工", "有关部门按职责分工", "各有关部门按职责分工", "地方各级政府和其他有关部门按职责分工",
			// Annex 2 row 25 prints "和其 其他" (a doubled character at a line wrap); it is
			// still the generic phrase.
			"地方各级政府和其其他有关部门按职责分工", "其他有关部门", "其他相关部门", "有关部门", "相关部门", "各有关部门", "地方各级政府");

	@Test
	void genericPartiesAreKeptWithTheirRoles() {
		assertThat(responsibilities.assignments(numberedRows(716, 749).get(25)))
			.extracting(a -> a.unit() + (a.party() ? "*" : "") + " " + a.role())
			.containsExactly("省发展改革委 LEAD", "地方各级政府* RESPONSIBLE", "其他有关部门* RESPONSIBLE");
		assertThat(responsibilities.assignments("省卫生计生委、食品药品监管局、中医药管理局分别牵头，其他有关部门按职责分工负责"))
			.extracting(a -> a.unit() + " " + a.role())
			.containsExactly("省卫生计生委 LEAD", "省食品药品监督管理局 LEAD", "省中医药管理局 LEAD", "其他有关部门 RESPONSIBLE");
		assertThat(responsibilities.assignments("省财政厅配合")).extracting(a -> a.unit() + " " + a.role())
			.containsExactly("省财政厅 RESPONSIBLE");
	}

	@Test
	void genericPhrasesAreSkippedButOnlyTheListedOnes() {
		GENERIC_PHRASES.forEach(phrase -> {
			assertThat(responsibilities.units(phrase)).as(phrase).isEmpty();
			assertThat(responsibilities.units(phrase + "负责")).as(phrase).isEmpty();
		});
		assertThatThrownBy(() -> responsibilities.units("省财政厅牵头，有关单位按职责分工负责"))
			.isInstanceOf(UnknownDepartmentException.class)
			.hasMessageContaining("有关单位按职责分工");
	}

	@Test
	void unitsKeepPrintedOrderWithoutDuplicates() {
		assertThat(responsibilities.units("省财政厅、省教育厅、财政厅、吉林省教育厅负责")).containsExactly("省财政厅", "省教育厅");
	}

	@Test
	void unknownMentionInAPhraseIsAnErrorNamingIt() {
		assertThatThrownBy(() -> responsibilities.units("省教育厅、省财政局牵头，其他有关部门按职责分工负责"))
			.isInstanceOf(UnknownDepartmentException.class)
			.hasMessageContaining("省财政局");
	}

	private static String line(int number) {
		return gazette.get(number - 1);
	}

	/**
	 * The last cell of each table row whose first cell is a number, between two 1-based
	 * lines.
	 */
	private static Map<Integer, String> numberedRows(int fromLine, int toLine) {
		Map<Integer, String> rows = new LinkedHashMap<>();
		for (int n = fromLine; n <= toLine; n++) {
			String[] cells = line(n).split("\t");
			if (cells.length > 1 && cells[0].strip().matches("\\d+")) {
				rows.put(Integer.parseInt(cells[0].strip()), cells[cells.length - 1]);
			}
		}
		return rows;
	}

	/**
	 * 55号's 责任单位 annotations in printed order; a page break splits the tenth over three
	 * lines.
	 */
	private static List<String> prefabricatedBuildingAnnotations() {
		String text = String.join("", gazette.subList(784, 831));
		Matcher matcher = Pattern.compile("[（(]责任单位[：:][^）)]*[）)]").matcher(text);
		List<String> annotations = new ArrayList<>();
		while (matcher.find()) {
			annotations.add(matcher.group());
		}
		return annotations;
	}

}
