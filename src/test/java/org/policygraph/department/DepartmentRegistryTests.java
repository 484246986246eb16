package org.policygraph.department;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policygraph.succession.Successions;

class DepartmentRegistryTests {

	private static final Path GAZETTE = Path.of("graph-seed/jilin-gazette-2017-22.txt");

	private static DepartmentRegistry registry;

	private static List<String> gazette;

	@BeforeAll
	static void load() throws IOException {
		registry = DepartmentRegistry.loadDefault();
		gazette = Files.readAllLines(GAZETTE, StandardCharsets.UTF_8);
	}

	@Test
	void interpretationSourceIsTheHousingDepartment() {
		assertThat(line(955)).contains("省住建厅");
		assertThat(registry.resolve("省住建厅")).isEqualTo("省住房城乡建设厅");
	}

	@Test
	void planBodyNamesDevelopmentAndReformCommissionAndStatisticsBureau() {
		assertThat(line(589)).contains("省发展改革委要会同省统计局");
		assertThat(registry.resolve("省发展改革委")).isEqualTo("省发展改革委");
		assertThat(registry.resolve("省统计局")).isEqualTo("省统计局");
	}

	@Test
	void personnelDecisionsNameTheJusticeDepartmentAndThreeStateOwnedCompanies() {
		String decisions = String.join("", gazette.subList(956, 967)).replaceAll("\\s", "");
		List<String> companies = List.of("吉林省吉盛资产管理有限公司", "吉林省国有资本运营有限责任公司", "吉林省旅游控股集团有限公司");
		assertThat(decisions).contains("省司法厅").contains(companies);
		assertThat(registry.find("省司法厅")).get()
			.extracting(DepartmentEntry::kind)
			.isEqualTo(DepartmentKind.PROVINCIAL_DEPARTMENT);
		companies.forEach(company -> assertThat(registry.find(company)).get()
			.extracting(DepartmentEntry::name, DepartmentEntry::kind)
			.containsExactly(company, DepartmentKind.STATE_OWNED_ENTERPRISE));
	}

	@Test
	void issuingGeneralOfficeIsRegistered() {
		assertThat(registry.resolve("省政府办公厅")).isEqualTo("吉林省人民政府办公厅");
	}

	@Test
	void everyCanonicalNameIsPrintedInTheGazette() throws IOException {
		// Bodies the 2018 reform set up can't be in a 2017 gazette; successions.tsv names
		// them as the bodies that took over, with the source that says so.
		Set<String> later = laterBodies();
		assertThat(later).contains("省卫生健康委员会");
		String text = String.join("", gazette).replaceAll("\\s", "");
		registry.entries()
			.stream()
			.filter(entry -> !later.contains(entry.name()))
			.forEach(entry -> assertThat(text).as(entry.name()).contains(entry.name()));
		later.forEach(name -> assertThat(text).as(name).doesNotContain(name));
	}

	private static Set<String> laterBodies() throws IOException {
		Path file = Path.of("graph-seed", Successions.FILE_NAME);
		try (var in = Files.newInputStream(file)) {
			Successions successions = Successions.load(in, file.toString(), registry);
			Set<String> later = new HashSet<>();
			successions.successions().forEach(s -> later.add(s.to()));
			return later;
		}
	}

	// --- canonical names and aliases

	@Test
	void foodAndDrugAdministrationIsCanonicalInItsMostPrintedForm() {
		// 57号 prints 省食品药品监督管理局 four times; Annex 1 prints 省食品药品监管局 once and Annex 2 the
		// bare
		// 食品药品监管局 once. The most printed form is also the official name, so it is
		// canonical.
		String text = String.join("", gazette).replaceAll("\\s", "");
		assertThat(occurrences(text, "省食品药品监督管理局")).isEqualTo(4);
		assertThat(occurrences(text, "省食品药品监管局")).isEqualTo(1);
		assertThat(occurrences(text, "食品药品监管局牵头") + occurrences(text, "、食品药品监管局")).isEqualTo(1);
		assertThat(registry.resolve("省食品药品监管局")).isEqualTo("省食品药品监督管理局");
		assertThat(registry.resolve("食品药品监管局")).isEqualTo("省食品药品监督管理局");
	}

	@Test
	void peoplesBankBranchIsCanonicalUnderItsFullName() {
		// Printed once each: 人民银行长春中心支行 (Annex 1 item 10) and 中国人民银行长春中心支行 (55号). On a
		// tie the
		// full official name wins because it cannot be mistaken for another bank's
		// branch.
		String text = String.join("", gazette).replaceAll("\\s", "");
		assertThat(occurrences(text, "中国人民银行长春中心支行")).isEqualTo(1);
		assertThat(occurrences(text, "人民银行长春中心支行")).isEqualTo(2);
		assertThat(registry.resolve("人民银行长春中心支行")).isEqualTo("中国人民银行长春中心支行");
		assertThat(registry.find("中国人民银行长春中心支行")).get()
			.extracting(DepartmentEntry::kind)
			.isEqualTo(DepartmentKind.CENTRAL_AGENCY_BRANCH);
	}

	@Test
	void housingDepartmentIsCanonicalInItsMostPrintedForm() {
		String text = String.join("", gazette).replaceAll("\\s", "");
		assertThat(occurrences(text, "省住房城乡建设厅")).isGreaterThan(20);
		assertThat(occurrences(text, "省住建厅")).isEqualTo(1);
		assertThat(registry.resolve("省住建厅")).isEqualTo("省住房城乡建设厅");
		assertThat(registry.resolve("吉林省住房和城乡建设厅")).isEqualTo("省住房城乡建设厅");
	}

	@Test
	void branchesOfCentralAgenciesAreNotProvincialDepartments() {
		List.of("中国人民银行长春中心支行", "吉林银监局", "省国税局")
			.forEach(name -> assertThat(registry.find(name)).get()
				.extracting(DepartmentEntry::kind)
				.isEqualTo(DepartmentKind.CENTRAL_AGENCY_BRANCH));
		// The local tax bureau is a provincial organ, unlike the state tax bureau.
		assertThat(registry.find("省地税局")).get()
			.extracting(DepartmentEntry::kind)
			.isEqualTo(DepartmentKind.PROVINCIAL_BUREAU);
		assertThat(registry.find("省残联")).get()
			.extracting(DepartmentEntry::kind)
			.isEqualTo(DepartmentKind.PEOPLES_ORGANIZATION);
	}

	@Test
	void findsByFullNameAliasAndEnglishNameIgnoringCase() {
		assertThat(registry.find("吉林省财政厅")).get().extracting(DepartmentEntry::name).isEqualTo("省财政厅");
		assertThat(registry.find("财政厅")).get().extracting(DepartmentEntry::name).isEqualTo("省财政厅");
		assertThat(registry.find("department of finance of jilin province")).get()
			.extracting(DepartmentEntry::name)
			.isEqualTo("省财政厅");
		assertThat(registry.find("  Jilin Provincial Health and Family Planning Commission ")).get()
			.extracting(DepartmentEntry::name)
			.isEqualTo("省卫生计生委");
		assertThat(registry.find("Jilin Banking Regulatory Bureau")).get()
			.extracting(DepartmentEntry::name)
			.isEqualTo("吉林银监局");
		assertThat(registry.find("省 卫 生 计 生 委")).get().extracting(DepartmentEntry::name).isEqualTo("省卫生计生委");
		assertThat(registry.find("省财政局")).isEmpty();
		assertThat(registry.find(" ")).isEmpty();
	}

	@Test
	void shortFormsResolveLikeAnnexTwoPrintsThem() {
		Map<String, String> shortForms = new LinkedHashMap<>();
		shortForms.put("财政厅", "省财政厅");
		shortForms.put("食品药品监管局", "省食品药品监督管理局");
		shortForms.put("中医药管理局", "省中医药管理局");
		shortForms.put("新闻出版广电局", "省新闻出版广电局");
		shortForms.put("体育局", "省体育局");
		shortForms.put("民政厅", "省民政厅");
		shortForms.put("人力资源社会保障厅", "省人力资源社会保障厅");
		shortForms.put("国土资源厅", "省国土资源厅");
		shortForms.put("统计局", "省统计局");
		shortForms.forEach(
				(shortForm, canonical) -> assertThat(registry.resolve(shortForm)).as(shortForm).isEqualTo(canonical));
	}

	// --- reading responsibility phrases

	@Test
	void unknownMentionIsAnErrorNamingIt() {
		assertThatThrownBy(() -> registry.resolve("省财政局")).isInstanceOf(UnknownDepartmentException.class)
			.hasMessageContaining("省财政局")
			.extracting(ex -> ((UnknownDepartmentException) ex).mention())
			.isEqualTo("省财政局");
	}

	// --- malformed registry files

	@Test
	void wrongColumnCountNamesFileAndLine() {
		assertThatIllegalArgumentException().isThrownBy(() -> load("""
				省财政厅	吉林省财政厅	Department of Finance of Jilin Province	PROVINCIAL_DEPARTMENT	财政厅
				省教育厅	吉林省教育厅	PROVINCIAL_DEPARTMENT	教育厅
				""")).withMessageStartingWith("test.tsv:3: ").withMessageContaining("5 tab-separated columns");
	}

	@Test
	void unknownKindNamesFileAndLine() {
		assertThatIllegalArgumentException().isThrownBy(() -> load("""
				省财政厅	吉林省财政厅	Department of Finance of Jilin Province	MINISTRY	财政厅
				""")).withMessageStartingWith("test.tsv:2: ").withMessageContaining("unknown kind \"MINISTRY\"");
	}

	@Test
	void emptyNameNamesFileAndLine() {
		assertThatIllegalArgumentException().isThrownBy(() -> load("""
				省财政厅	吉林省财政厅	Department of Finance of Jilin Province	PROVINCIAL_DEPARTMENT	财政厅

				 	吉林省教育厅	Department of Education of Jilin Province	PROVINCIAL_DEPARTMENT	教育厅
				""")).withMessageStartingWith("test.tsv:4: ").withMessageContaining("empty name");
	}

	@Test
	void aliasNamingTwoDepartmentsIsAnError() {
		assertThatIllegalArgumentException().isThrownBy(() -> load("""
				省财政厅	吉林省财政厅	Department of Finance of Jilin Province	PROVINCIAL_DEPARTMENT	财政厅
				省教育厅	吉林省教育厅	Department of Education of Jilin Province	PROVINCIAL_DEPARTMENT	教育厅|财政厅
				""")).withMessage("test.tsv:3: \"财政厅\" already names 省财政厅 (line 2)");
	}

	@Test
	void duplicateNameIsAnError() {
		assertThatIllegalArgumentException().isThrownBy(() -> load("""
				省财政厅	吉林省财政厅	Department of Finance of Jilin Province	PROVINCIAL_DEPARTMENT	财政厅
				省财政厅	吉林省财政厅	Department of Finance of Jilin Province	PROVINCIAL_DEPARTMENT	财政厅
				""")).withMessageStartingWith("test.tsv:3: ").withMessageContaining("already names 省财政厅");
	}

	@Test
	void missingHeaderIsAnErrorOnLineOne() {
		assertThatIllegalArgumentException().isThrownBy(() -> DepartmentRegistry.load(new ByteArrayInputStream(
				"省财政厅\t吉林省财政厅\tDepartment of Finance of Jilin Province\tPROVINCIAL_DEPARTMENT\t\n"
					.getBytes(StandardCharsets.UTF_8)),
				"test.tsv"))
			.withMessageStartingWith("test.tsv:1: ");
	}

	@Test
	void wellFormedFileLoadsInOrderWithoutAliases() {
		DepartmentRegistry small = load("""
				省财政厅	吉林省财政厅	Department of Finance of Jilin Province	PROVINCIAL_DEPARTMENT
				省残联	吉林省残疾人联合会	Jilin Disabled Persons' Federation	PEOPLES_ORGANIZATION	残联
				""".replace("PROVINCIAL_DEPARTMENT\n", "PROVINCIAL_DEPARTMENT\t\n"));
		assertThat(small.entries()).containsExactly(
				new DepartmentEntry("省财政厅", "吉林省财政厅", "Department of Finance of Jilin Province",
						DepartmentKind.PROVINCIAL_DEPARTMENT, List.of()),
				new DepartmentEntry("省残联", "吉林省残疾人联合会", "Jilin Disabled Persons' Federation",
						DepartmentKind.PEOPLES_ORGANIZATION, List.of("残联")));
	}

	// --- helpers

	private static DepartmentRegistry load(String body) {
		String file = DepartmentRegistry.HEADER + "\n" + body;
		return DepartmentRegistry.load(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), "test.tsv");
	}

	private static String line(int number) {
		return gazette.get(number - 1);
	}

	private static int occurrences(String text, String word) {
		return text.split(Pattern.quote(word), -1).length - 1;
	}

}
