package org.policygraph.jurisdiction;

import org.junit.jupiter.api.Test;
import org.policygraph.jurisdiction.IssuingOrgans.Organ;

import static org.assertj.core.api.Assertions.assertThat;

class IssuingOrgansTests {

	private static final JurisdictionTable TABLE = JurisdictionTable.loadDefault();

	private static final IssuingOrgans ORGANS = new IssuingOrgans(TABLE);

	private static final Jurisdiction JILIN = TABLE.byCode("220000").orElseThrow();

	@Test
	void theStateCouncilsNumbersAreNational() {
		assertThat(ORGANS.of("国发〔2017〕9号", JILIN)).hasValue(new Organ(TABLE.nation(), "国务院"));
		assertThat(ORGANS.of("国办发〔2016〕71号", JILIN)).hasValue(new Organ(TABLE.nation(), "国务院办公厅"));
		assertThat(ORGANS.of("中发〔2016〕6号", null)).hasValue(new Organ(TABLE.nation(), "中共中央"));
		assertThat(ORGANS.of("国务院令第586号", null)).hasValue(new Organ(TABLE.nation(), "国务院"));
	}

	@Test
	void aProvincesAbbreviationIsTheProvinceAnywhere() {
		assertThat(ORGANS.of("吉政办发〔2017〕52号", null)).hasValue(new Organ(JILIN, "吉林省人民政府办公厅"));
		assertThat(ORGANS.of("吉政发〔2013〕10号", null)).hasValue(new Organ(JILIN, "吉林省人民政府"));
		assertThat(ORGANS.of("吉政干任〔2017〕37号", null)).hasValue(new Organ(JILIN, "吉林省人民政府"));
		assertThat(ORGANS.of("豫政办〔2017〕120号", JILIN)).get()
			.extracting(o -> o.jurisdiction().name(), Organ::issuer)
			.containsExactly("河南省", "河南省人民政府办公厅");
	}

	@Test
	void aCitysOneCharacterPrefixIsReadInItsProvince() {
		assertThat(ORGANS.of("四政办发〔2017〕30号", JILIN)).get()
			.extracting(o -> o.jurisdiction().name(), Organ::issuer)
			.containsExactly("四平市", "四平市人民政府办公室");
		// without knowing the province, 四 could be any city's
		assertThat(ORGANS.of("四政办发〔2017〕30号", null)).isEmpty();
		// 白山市 and 白城市 both start with 白: not a guess
		assertThat(ORGANS.of("白政发〔2017〕3号", JILIN)).isEmpty();
	}

	@Test
	void anIssuerBelongsToTheDivisionItsNameStartsWith() {
		assertThat(ORGANS.ofIssuer("吉林省人民政府办公厅", null)).hasValue(JILIN);
		assertThat(ORGANS.ofIssuer("国务院办公厅", JILIN)).hasValue(TABLE.nation());
		assertThat(ORGANS.ofIssuer("四平市人民政府", null)).get().extracting(Jurisdiction::code).isEqualTo("220300");
		assertThat(ORGANS.ofIssuer("吉林市人民政府", null)).get().extracting(Jurisdiction::code).isEqualTo("220200");
		// two 朝阳区: the one in the context's province
		assertThat(ORGANS.ofIssuer("朝阳区人民政府", JILIN)).get().extracting(Jurisdiction::code).isEqualTo("220104");
		assertThat(ORGANS.ofIssuer("朝阳区人民政府", null)).isEmpty();
		assertThat(ORGANS.ofIssuer("某某委员会", null)).isEmpty();
	}

}
