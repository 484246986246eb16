package org.policygraph.department;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.policygraph.jurisdiction.Jurisdiction;
import org.policygraph.jurisdiction.JurisdictionTable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class OrganizationDirectoryTests {

	private static final OrganizationDirectory DIRECTORY = OrganizationDirectory.loadDefault();

	private static final JurisdictionTable TABLE = DIRECTORY.jurisdictions();

	private static Jurisdiction at(String name) {
		return TABLE.lookup(name).getFirst();
	}

	@Test
	void jilinsFinanceDepartmentIsTheCuratedOneWithItsOldId() {
		ScopedOrganization finance = DIRECTORY.find("省财政厅", at("吉林省")).orElseThrow();
		assertThat(finance.id()).isEqualTo("Department:吉林省财政厅");
		assertThat(finance.formerIds()).containsExactly("Department:省财政厅");
		assertThat(finance.englishName()).isEqualTo("Department of Finance of Jilin Province");
		assertThat(finance.jurisdictionCode()).isEqualTo("220000");
		assertThat(finance.verified()).isTrue();
		assertThat(DIRECTORY.find("财政厅", at("吉林省"))).hasValue(finance);
	}

	@Test
	void theSameShortNameInAHenanDocumentIsHenansDepartment() {
		ScopedOrganization finance = DIRECTORY.find("省财政厅", at("河南省")).orElseThrow();
		assertThat(finance.fullName()).isEqualTo("河南省财政厅");
		assertThat(finance.name()).isEqualTo("省财政厅");
		assertThat(finance.englishName()).isEqualTo("Department of Finance of Henan");
		assertThat(finance.jurisdictionCode()).isEqualTo("410000");
		assertThat(finance.formerIds()).isEmpty();
		assertThat(DIRECTORY.find("发改委", at("河南省"))).get()
			.extracting(ScopedOrganization::fullName)
			.isEqualTo("河南省发展和改革委员会");
		assertThat(DIRECTORY.find("省人社厅", at("河南省"))).get()
			.extracting(ScopedOrganization::fullName)
			.isEqualTo("河南省人力资源和社会保障厅");
	}

	@Test
	void aCitysBureauIsTheCitysAndTheProvincesDepartmentItsProvinces() {
		Jurisdiction siping = at("四平");
		assertThat(DIRECTORY.find("市财政局", siping)).get()
			.extracting(ScopedOrganization::fullName, ScopedOrganization::englishName)
			.containsExactly("四平市财政局", "Siping Finance Bureau");
		assertThat(DIRECTORY.find("财政局", siping)).get()
			.extracting(ScopedOrganization::id)
			.isEqualTo("Department:四平市财政局");
		// a city has no 财政厅: 省财政厅 printed in 四平 is Jilin's
		assertThat(DIRECTORY.find("省财政厅", siping)).get()
			.extracting(ScopedOrganization::id)
			.isEqualTo("Department:吉林省财政厅");
		assertThat(DIRECTORY.find("发改委", siping)).get()
			.extracting(ScopedOrganization::fullName)
			.isEqualTo("四平市发展和改革委员会");
	}

	@Test
	void aFullNameResolvesWhereverItAppears() {
		assertThat(DIRECTORY.find("湖北省发展和改革委员会", at("吉林省"))).get()
			.extracting(ScopedOrganization::jurisdictionCode, ScopedOrganization::name)
			.containsExactly("420000", "省发展改革委");
		assertThat(DIRECTORY.find("吉林省财政厅", at("河南省"))).get()
			.extracting(ScopedOrganization::id)
			.isEqualTo("Department:吉林省财政厅");
		assertThat(DIRECTORY.find("国务院办公厅", at("四平"))).get()
			.extracting(ScopedOrganization::jurisdictionCode)
			.isEqualTo(Jurisdiction.NATIONAL_CODE);
	}

	@Test
	void eachDivisionPrintsItsOwnPrefix() {
		assertThat(DIRECTORY.find("自治区财政厅", at("广西"))).get()
			.extracting(ScopedOrganization::fullName)
			.isEqualTo("广西壮族自治区财政厅");
		assertThat(DIRECTORY.find("州财政局", at("延边"))).get()
			.extracting(ScopedOrganization::fullName)
			.isEqualTo("延边朝鲜族自治州财政局");
		// the municipalities are organised like cities
		assertThat(DIRECTORY.find("市财政局", at("北京"))).get().extracting(ScopedOrganization::fullName).isEqualTo("北京市财政局");
	}

	@Test
	void aRememberedAnswerIsTheAnswerOfItsOwnJurisdiction() {
		OrganizationDirectory directory = OrganizationDirectory.loadDefault();
		ScopedOrganization jilin = directory.find("省财政厅", at("吉林省")).orElseThrow();
		ScopedOrganization henan = directory.find("省财政厅", at("河南省")).orElseThrow();
		assertThat(jilin.jurisdictionCode()).isEqualTo("220000");
		assertThat(henan.jurisdictionCode()).isEqualTo("410000");
		assertThat(directory.find("省财政厅", at("吉林省"))).hasValue(jilin);
		assertThat(directory.find("省财政厅", at("河南省"))).hasValue(henan);
		// a name nobody knows stays unknown when asked again, in its place only
		assertThat(directory.find("省大数据局", at("河南省"))).isEmpty();
		assertThat(directory.find("省大数据局", at("河南省"))).isEmpty();
		assertThat(directory.find("财政局", at("四平"))).get().extracting(ScopedOrganization::fullName).isEqualTo("四平市财政局");
	}

	@Test
	void aNameNobodyKnowsIsAnUnverifiedOrganisationOfThePrintingJurisdiction() {
		ScopedOrganization unknown = DIRECTORY.resolve("省大数据局", at("河南省"));
		assertThat(unknown.verified()).isFalse();
		assertThat(unknown.fullName()).isEqualTo("河南省大数据局");
		assertThat(unknown.id()).isEqualTo("Department:河南省大数据局");
		assertThat(unknown.jurisdictionCode()).isEqualTo("410000");
		assertThat(DIRECTORY.resolve("省大数据局", at("吉林省")).id()).isEqualTo("Department:吉林省大数据局");
	}

	@Test
	void aTemplateNameThatClashesIsRefusedNamingFileAndRow() {
		String template = OrganizationTemplate.HEADER + "\n"
				+ "PROVINCE\t省财政厅\t{place}财政厅\tDepartment of Finance of {Place}\tPROVINCIAL_DEPARTMENT\t财政厅\n"
				+ "PROVINCE\t省地税局\t{place}地方税务局\t{Place} Local Taxation Bureau\tPROVINCIAL_BUREAU\t财政厅\n";
		assertThatIllegalArgumentException()
			.isThrownBy(() -> OrganizationTemplate
				.load(new ByteArrayInputStream(template.getBytes(StandardCharsets.UTF_8)), "template.tsv"))
			.withMessage("template.tsv:3: \"财政厅\" already names 省财政厅 of level PROVINCE (line 2)");
	}

	@Test
	void aRegistryMustSayWhoseItIs() {
		DepartmentRegistry anonymous = DepartmentRegistry.load(
				new ByteArrayInputStream((DepartmentRegistry.HEADER + "\n").getBytes(StandardCharsets.UTF_8)),
				"anonymous.tsv");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new OrganizationDirectory(TABLE, OrganizationTemplate.loadDefault(),
					Map.of("anonymous.tsv", anonymous)))
			.withMessageStartingWith("anonymous.tsv:1: a registry must say whose it is");
	}

}
