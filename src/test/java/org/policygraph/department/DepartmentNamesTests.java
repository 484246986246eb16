package org.policygraph.department;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The keys department(name:) seeks: every name the lookup matches exactly, and the
 * English name as the lookup compares it, in lower case.
 */
class DepartmentNamesTests {

	@Test
	void theHousingDepartmentIsFoundByItsNamesAliasesAndLowerCasedEnglishName() {
		assertThat(DepartmentNames.keys("省住房城乡建设厅", "吉林省住房和城乡建设厅",
				"Department of Housing and Urban-Rural Development of Jilin Province",
				List.of("住房城乡建设厅", "省住建厅", "住建厅")))
			.containsExactly("省住房城乡建设厅", "吉林省住房和城乡建设厅", "住房城乡建设厅", "省住建厅", "住建厅",
					"department of housing and urban-rural development of jilin province");
	}

	@Test
	void aNamePrintedAsTheFullNameIsOneKey() {
		assertThat(DepartmentNames.keys("吉林省人民政府办公厅", "吉林省人民政府办公厅", null, List.of("省政府办公厅")))
			.containsExactly("吉林省人民政府办公厅", "省政府办公厅");
	}

	@Test
	void anUnverifiedUnitWithoutEnglishNameOrAliasesHasItsNames() {
		assertThat(DepartmentNames.keys("省大数据管理局", "河南省大数据管理局", null, List.of())).containsExactly("省大数据管理局",
				"河南省大数据管理局");
		assertThat(DepartmentNames.keys("省大数据管理局", null, "", null)).containsExactly("省大数据管理局");
	}

	@Test
	void aSpacedAliasIsKeptAsPrintedAndBlanksAreLeftOut() {
		assertThat(DepartmentNames.keys("省卫生计生委", "吉林省卫生和计划生育委员会",
				"Jilin Provincial Health and Family Planning Commission", Arrays.asList("省 卫 生 计 生 委", " ", null)))
			.containsExactly("省卫生计生委", "吉林省卫生和计划生育委员会", "省 卫 生 计 生 委",
					"jilin provincial health and family planning commission");
	}

	@Test
	void theEnglishNameIsLowerCasedWithoutTheLocalesRules() {
		// Cypher's toLower is toLowerCase(Locale.ROOT): a Turkish default locale must not
		// turn the I of Industry into a dotless ı
		java.util.Locale before = java.util.Locale.getDefault();
		try {
			java.util.Locale.setDefault(java.util.Locale.forLanguageTag("tr"));
			assertThat(DepartmentNames.keys("省工业和信息化厅", null, "Department of Industry and Information Technology",
					List.of()))
				.contains("department of industry and information technology");
		}
		finally {
			java.util.Locale.setDefault(before);
		}
	}

}
