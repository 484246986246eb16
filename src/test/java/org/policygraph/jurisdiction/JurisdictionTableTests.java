package org.policygraph.jurisdiction;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class JurisdictionTableTests {

	private static final JurisdictionTable TABLE = JurisdictionTable.loadDefault();

	private static final String HEAD = """
			# a test table
			code	name	short_names	level	parent	english_name
			100000	中华人民共和国	中国	NATIONAL		China
			220000	吉林省	吉林|吉	PROVINCE	100000	Jilin
			""";

	@Test
	void everyProvinceLevelDivisionIsInTheTableUnderTheNation() {
		List<Jurisdiction> provinces = TABLE.children(Jurisdiction.NATIONAL_CODE);
		assertThat(provinces).hasSize(34).allMatch(p -> p.level() == JurisdictionLevel.PROVINCE);
		assertThat(provinces).extracting(Jurisdiction::name)
			.contains("吉林省", "内蒙古自治区", "台湾省", "香港特别行政区", "澳门特别行政区", "北京市");
	}

	@Test
	void everyPrefectureLevelDivisionHangsUnderAProvince() {
		List<Jurisdiction> prefectures = TABLE.all()
			.stream()
			.filter(j -> j.level() == JurisdictionLevel.PREFECTURE)
			.toList();
		// 293 cities, 30 autonomous prefectures, 7 地区 and 3 盟 (GB/T 2260 as of 2021)
		assertThat(prefectures).hasSize(333);
		assertThat(prefectures).allSatisfy(p -> assertThat(TABLE.byCode(p.parentCode()))
			.hasValueSatisfying(parent -> assertThat(parent.level()).isEqualTo(JurisdictionLevel.PROVINCE)));
		assertThat(TABLE.children("220000")).extracting(Jurisdiction::name)
			.containsExactly("长春市", "吉林市", "四平市", "辽源市", "通化市", "白山市", "松原市", "白城市", "延边朝鲜族自治州");
	}

	@Test
	void siPingIsTheCityUnderJilin() {
		assertThat(TABLE.lookup("四平")).singleElement().satisfies(siping -> {
			assertThat(siping.name()).isEqualTo("四平市");
			assertThat(siping.code()).isEqualTo("220300");
			assertThat(siping.level()).isEqualTo(JurisdictionLevel.PREFECTURE);
			assertThat(TABLE.lineage(siping)).extracting(Jurisdiction::name).containsExactly("四平市", "吉林省", "中华人民共和国");
		});
	}

	@Test
	void aShortNameSharedAcrossLevelsMeansTheHigherDivision() {
		// 吉林 is the province's short name and the city's: the province unless 吉林市 is
		// asked for
		assertThat(TABLE.lookup("吉林")).extracting(Jurisdiction::name).containsExactly("吉林省");
		assertThat(TABLE.lookup("吉")).extracting(Jurisdiction::name).containsExactly("吉林省");
		assertThat(TABLE.lookup("吉林市")).extracting(Jurisdiction::code).containsExactly("220200");
		assertThat(TABLE.lookup("220000")).extracting(Jurisdiction::name).containsExactly("吉林省");
		assertThat(TABLE.lookup("延边")).extracting(Jurisdiction::name).containsExactly("延边朝鲜族自治州");
		assertThat(TABLE.lookup("内蒙古")).extracting(Jurisdiction::code).containsExactly("150000");
	}

	@Test
	void aNameTwoDivisionsOfOneLevelShareIsBoth() {
		assertThat(TABLE.lookup("朝阳区")).extracting(Jurisdiction::code).contains("110105", "220104");
		assertThat(TABLE.lookup("无此地")).isEmpty();
	}

	@Test
	void aDuplicateCodeIsRefusedNamingFileAndRow() {
		assertThatIllegalArgumentException().isThrownBy(() -> load(HEAD + "220000\t吉林\t\tPROVINCE\t100000\tJilin\n"))
			.withMessage("test.tsv:5: duplicate code 220000 (already 吉林省 on line 4)");
	}

	@Test
	void aMissingParentIsRefusedNamingFileAndRow() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> load(HEAD + "220300\t四平市\t四平\tPREFECTURE\t229900\tSiping\n"))
			.withMessage("test.tsv:5: parent 229900 of 四平市 is not in the table");
	}

	@Test
	void aBadLevelIsRefusedNamingFileAndRow() {
		assertThatIllegalArgumentException().isThrownBy(() -> load(HEAD + "220300\t四平市\t四平\tCITY\t220000\tSiping\n"))
			.withMessageStartingWith("test.tsv:5: unknown level \"CITY\"");
	}

	@Test
	void aParentBelowItsChildIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> load(HEAD + "220300\t四平市\t四平\tPREFECTURE\t220000\tSiping\n"
					+ "220302\t铁西区\t铁西\tPROVINCE\t220300\tTiexi\n"))
			.withMessage("test.tsv:6: parent 四平市 (PREFECTURE) is not above 铁西区 (PROVINCE)");
	}

	@Test
	void malformedRowsAreRefusedNamingFileAndRow() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> load(HEAD + "22030\t四平市\t四平\tPREFECTURE\t220000\tSiping\n"))
			.withMessage("test.tsv:5: code \"22030\" is not six digits");
		assertThatIllegalArgumentException().isThrownBy(() -> load(HEAD + "220300\t四平市\tPREFECTURE\t220000\tSiping\n"))
			.withMessageStartingWith("test.tsv:5: expected 6 tab-separated columns");
		assertThatIllegalArgumentException().isThrownBy(() -> load("code\tname\n"))
			.withMessageStartingWith("test.tsv:1: expected the header");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> load(HEAD + "220300\t四平市\t四平\tPREFECTURE\t220000\tSiping\n"
					+ "220301\t四平市\t\tPREFECTURE\t220000\tSiping\n"))
			.withMessage("test.tsv:6: 吉林省 has two divisions named 四平市 (the other on line 5)");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> load(
					"code\tname\tshort_names\tlevel\tparent\tenglish_name\n220000\t吉林省\t吉林\tPROVINCE\t\tJilin\n"))
			.withMessage("test.tsv:2: 吉林省 (PROVINCE) has no parent");
	}

	private static JurisdictionTable load(String text) {
		return JurisdictionTable.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test.tsv");
	}

}
