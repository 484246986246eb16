package org.policygraph.explore;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.policygraph.explore.ServiceItemRow.Share;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceItemCsvTests {

	static final ServiceItemRow FREE_COMPULSORY_EDUCATION = new ServiceItemRow(1, "免费义务教育", "基本公共教育",
			List.of("省财政厅", "省教育厅"), "中央、省及市县财政按比例分担。", "CENTRAL:SHARED+PROVINCE:SHARED+CITY:SHARED+COUNTY:SHARED",
			List.of(new Share("CENTRAL", "SHARED", null, null), new Share("PROVINCE", "SHARED", null, null),
					new Share("CITY", "SHARED", null, null), new Share("COUNTY", "SHARED", null, null)));

	static final ServiceItemRow PENSION = new ServiceItemRow(20, "职工基本养老保险", "基本社会保险", List.of("省人力资源社会保障厅"),
			"用人单位缴纳工资总额的20%，\"职工\"缴纳本人缴费工资的8%。", "EMPLOYER:RESPONSIBLE+INDIVIDUAL:RESPONSIBLE",
			List.of(new Share("EMPLOYER", "RESPONSIBLE", null, "工资总额的20%"),
					new Share("INDIVIDUAL", "RESPONSIBLE", null, "本人缴费工资的8%")));

	@Test
	void startsWithAByteOrderMarkSoExcelReadsUtf8() {
		assertThat(ServiceItemCsv.write(List.of())).startsWith("\uFEFF序号 no,");
	}

	@Test
	void oneRowPerItemWithLeadsJoinedAndOneColumnPerPayer() {
		List<String> lines = List.of(ServiceItemCsv.write(List.of(FREE_COMPULSORY_EDUCATION)).split("\r\n"));
		assertThat(lines).hasSize(2);
		// LOCAL (地方政府) is a payer column of its own, after the four levels
		assertThat(lines.get(0)).contains("中央 CENTRAL,省 PROVINCE,市（州） CITY,县（市、区） COUNTY,地方政府 LOCAL");
		assertThat(lines.get(1)).isEqualTo("1,免费义务教育,基本公共教育,省财政厅、省教育厅,中央、省及市县财政按比例分担。,"
				+ "CENTRAL:SHARED+PROVINCE:SHARED+CITY:SHARED+COUNTY:SHARED,SHARED,SHARED,SHARED,SHARED,,,,,,,");
		assertThat(lines.get(0).split(",", -1)).hasSameSizeAs(lines.get(1).split(",", -1));
	}

	@Test
	void quotesFieldsWithCommasQuotesOrLineBreaksAsRfc4180Says() {
		String csv = ServiceItemCsv.write(List.of(PENSION));
		assertThat(csv).contains(",\"用人单位缴纳工资总额的20%，\"\"职工\"\"缴纳本人缴费工资的8%。\",");
		assertThat(csv).contains(",RESPONSIBLE 工资总额的20%,RESPONSIBLE 本人缴费工资的8%,");
		assertThat(ServiceItemCsv.field("a,b")).isEqualTo("\"a,b\"");
		assertThat(ServiceItemCsv.field("two\nlines")).isEqualTo("\"two\nlines\"");
		assertThat(ServiceItemCsv.field("平常")).isEqualTo("平常");
		assertThat(csv).endsWith("\r\n");
	}

	@Test
	void aPayersCellHoldsEachClauseWithItsScopeAndCondition() {
		ServiceItemRow minimumLiving = new ServiceItemRow(48, "最低生活保障", "基本社会服务", List.of("省民政厅", "省财政厅"),
				"市政府负责,中央、省财政对困难地区适当补助。", "CENTRAL:SUBSIDY+PROVINCE:SUBSIDY+CITY:RESPONSIBLE",
				List.of(new Share("CENTRAL", "SUBSIDY", null, null, "困难地区", null),
						new Share("EMPLOYER", "RESPONSIBLE", null, "工资总额的0.5%以内", null, "累计结余超过9个月的统筹地区"),
						new Share("EMPLOYER", "RESPONSIBLE", null, null)));
		String csv = ServiceItemCsv.write(List.of(minimumLiving));
		assertThat(csv).contains(",SUBSIDY [scope: 困难地区],");
		assertThat(csv).contains(",RESPONSIBLE 工资总额的0.5%以内 [condition: 累计结余超过9个月的统筹地区]; RESPONSIBLE,");
	}

	@Test
	void aCellThatASpreadsheetWouldRunAsAFormulaIsWrittenAsText() {
		assertThat(ServiceItemCsv.field("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
		assertThat(ServiceItemCsv.field("+1")).isEqualTo("'+1");
		assertThat(ServiceItemCsv.field("-1,2")).isEqualTo("\"'-1,2\"");
		assertThat(ServiceItemCsv.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(ServiceItemCsv.field("免费义务教育")).isEqualTo("免费义务教育");
		assertThat(ServiceItemCsv.field("工资总额的20%")).isEqualTo("工资总额的20%");
	}

}
