package org.policygraph.jurisdiction;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.policygraph.department.OrganizationDirectory;
import org.policygraph.funding.FundingGrammar;
import org.policygraph.ingest.parse.GazetteParser;
import org.policygraph.ingest.record.DocumentRecord;
import org.policygraph.ingest.record.DocumentScope;
import org.policygraph.ingest.record.Gazette;
import org.policygraph.ingest.record.OrganizationRecord;
import org.policygraph.ingest.source.GazetteFormatException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A provincial notice of 河南省 and a plan of 四平市, written for the tests: their units are
 * read in their own jurisdictions, and their documents belong there.
 */
class DocumentsOfOtherPlacesTests {

	private static final OrganizationDirectory DIRECTORY = OrganizationDirectory.loadDefault();

	private static final GazetteParser LENIENT = new GazetteParser(DIRECTORY, false, new FundingGrammar());

	private static final GazetteParser STRICT = new GazetteParser(DIRECTORY, true, new FundingGrammar());

	static byte[] fixture(String name) {
		try (InputStream in = DocumentsOfOtherPlacesTests.class.getResourceAsStream("/gazettes/" + name)) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void henansNoticeNamesHenansDepartmentsByAbbreviationAndFullName() {
		Gazette henan = LENIENT.parse("henan-gazette-2017-24.txt", fixture("henan-gazette-2017-24.txt"));
		DocumentScope notice = henan.scopes().get("豫政办〔2017〕120号");
		assertThat(notice.jurisdictionCode()).isEqualTo("410000");
		assertThat(notice.unitIds()).containsEntry("省财政厅", "Department:河南省财政厅")
			.containsEntry("省教育厅", "Department:河南省教育厅")
			// 省人社厅 and 发改委 are printed; the records keep the canonical names
			.containsEntry("省人力资源社会保障厅", "Department:河南省人力资源和社会保障厅")
			.containsEntry("省发展改革委", "Department:河南省发展和改革委员会")
			.containsEntry("省大数据管理局", "Department:河南省大数据管理局");
		// the full name resolves to the same department as the abbreviation
		assertThat(henan.serviceItems().get(1).leadDepartments()).containsExactly("省发展改革委", "省人力资源社会保障厅");
		assertThat(henan.unverified()).extracting(OrganizationRecord::fullName).containsExactly("河南省大数据管理局");
		assertThat(henan.organizations()).allSatisfy(org -> assertThat(org.jurisdictionCode()).isEqualTo("410000"));
	}

	@Test
	void aCitedNationalDocumentIsTheStateCouncilsByItsPrefix() {
		Gazette henan = LENIENT.parse("henan-gazette-2017-24.txt", fixture("henan-gazette-2017-24.txt"));
		DocumentRecord cited = henan.documents()
			.stream()
			.filter(d -> "国发〔2017〕9号".equals(d.key()))
			.findFirst()
			.orElseThrow();
		assertThat(cited.citedOnly()).isTrue();
		assertThat(henan.scopes().get(cited.key()).jurisdictionCode()).isEqualTo(Jurisdiction.NATIONAL_CODE);
		assertThat(henan.scopes().get(cited.key()).issuer()).isEqualTo("国务院");
	}

	@Test
	void sipingsPlanNamesSipingsBureausAndCitesJilinsPlan() {
		Gazette siping = LENIENT.parse("siping-gazette-2017-12.txt", fixture("siping-gazette-2017-12.txt"));
		DocumentScope plan = siping.scopes().get("四政办发〔2017〕30号");
		assertThat(plan.jurisdictionCode()).isEqualTo("220300");
		assertThat(plan.unitIds()).containsEntry("市财政局", "Department:四平市财政局")
			.containsEntry("市教育局", "Department:四平市教育局")
			.containsEntry("市发展改革委", "Department:四平市发展和改革委员会")
			.containsEntry("市大数据中心", "Department:四平市大数据中心");
		assertThat(siping.serviceItems().get(1).leadDepartments()).containsExactly("市卫生计生委", "市财政局");
		assertThat(siping.unverified()).extracting(OrganizationRecord::fullName).containsExactly("四平市大数据中心");
		Map<String, DocumentScope> scopes = siping.scopes();
		assertThat(scopes.get("吉政办发〔2017〕52号").jurisdictionCode()).isEqualTo("220000");
		assertThat(scopes.get("吉政办发〔2017〕52号").issuer()).isEqualTo("吉林省人民政府办公厅");
	}

	@Test
	void strictParsingRefusesTheUnitNobodyKnowsNamingTheLine() {
		assertThatThrownBy(() -> STRICT.parse("henan-gazette-2017-24.txt", fixture("henan-gazette-2017-24.txt")))
			.isInstanceOf(GazetteFormatException.class)
			.hasMessageContaining("henan-gazette-2017-24.txt:58")
			.hasMessageContaining("省大数据管理局");
	}

}
