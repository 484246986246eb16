package org.policygraph.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.policygraph.ingest.text.SourceLine;
import org.policygraph.ingest.text.TableRow;
import org.policygraph.ingest.text.TextRepair;

/**
 * Each trap of the extracted text, quoted from the gazette, and what repair makes of it.
 */
class GazetteTextRepairTests {

	@Test
	void spacesInsideWordsOfAnnex1Go() {
		// line 646, item 31
		assertThat(TextRepair.joinBrokenWords("儿童健康 管理")).isEqualTo("儿童健康管理");
		assertThat(TextRepair.joinBrokenWords("省 卫 生 计 生 委")).isEqualTo("省卫生计生委");
		assertThat(TextRepair.joinBrokenWords("市县政府负责，中 央、省财政适 当 补 助。")).isEqualTo("市县政府负责，中央、省财政适当补助。");
		// line 653, item 38
		assertThat(TextRepair.joinBrokenWords("省 卫 生 计 生 委、省 中 医 药 管 理 局")).isEqualTo("省卫生计生委、省中医药管理局");
	}

	@Test
	void spacesBetweenChineseAndNumbersGoToo() {
		// line 653: 65 岁以上老人、0 —3 岁儿童
		assertThat(TextRepair.joinBrokenWords("65 岁以上老人、0 —3 岁儿童")).isEqualTo("65岁以上老人、0—3岁儿童");
		// line 651: 基本公共卫 生服务经费 8% 用于 卫生监督协管。
		assertThat(TextRepair.joinBrokenWords("中 央、省财政适 当 补 助。基本公共卫 生服务经费 8% 用于 卫生监督协管。"))
			.isEqualTo("中央、省财政适当补助。基本公共卫生服务经费8%用于卫生监督协管。");
	}

	@Test
	void spacesNextToLatinLettersStay() {
		// line 363: 金融 IC 卡
		assertThat(TextRepair.joinBrokenWords("金融 IC 卡")).isEqualTo("金融 IC 卡");
		assertThat(TextRepair.joinBrokenWords("BIM technology 技术")).isEqualTo("BIM technology 技术");
	}

	@Test
	void aTitleLosesTheSpacesLeftByItsLineBreaks() {
		// lines 111 and 751
		assertThat(TextRepair.joinTitle("吉林省人民政府办公厅关于印发 吉林省推进基本公共服务均等化 “十三五”规划的通知"))
			.isEqualTo("吉林省人民政府办公厅关于印发吉林省推进基本公共服务均等化“十三五”规划的通知");
		assertThat(TextRepair.joinTitle("吉林省人民政府办公厅 关于大力发展装配式建筑的实施意见")).isEqualTo("吉林省人民政府办公厅关于大力发展装配式建筑的实施意见");
	}

	@Test
	void theSpaceBetweenTwoIssuingOrgansIsKept() {
		// line 757: 《中共中央 国务院关于进一步加强城市规划建设管理工作的若干意见》 is a joint document of two organs
		assertThat(TextRepair.joinTitle("中共中央 国务院关于进一步加强城市规划建设管理工作的若干意见")).isEqualTo("中共中央 国务院关于进一步加强城市规划建设管理工作的若干意见");
		// whereas joinBrokenWords, which is only for Annex 1 cells, would merge the
		// organs
		assertThat(TextRepair.joinBrokenWords("中共中央 国务院")).isEqualTo("中共中央国务院");
	}

	@Test
	void repeatedTableHeadersAtPageBreaksGo() {
		// lines 605-608: row 1, blank, the header again, row 2
		List<SourceLine> lines = List.of(line(605, "1\t免费义务教育\t…"), line(607, ServiceList.HEADER),
				line(608, "2\t农村义务教育学生营养改善\t…"));
		assertThat(TextRepair.dropRepeatedHeaders(lines, ServiceList.HEADER)).extracting(SourceLine::number)
			.containsExactly(605, 608);
	}

	@Test
	void blankLinesInsideTablesGo() {
		// line 203 separates indicator rows 202 and 205
		List<SourceLine> lines = List.of(line(202, "经常参加体育锻炼人数比例（%）\t32\t36\t—"), line(203, ""),
				line(205, "残疾人基本公共服务\t\t\t"));
		assertThat(TextRepair.dropBlankLines(lines)).extracting(SourceLine::number).containsExactly(202, 205);
	}

	@Test
	void aRowCutByAPageBreakIsJoined() {
		// item 13 (line 622) as it would look cut inside its 服务标准 cell
		List<SourceLine> lines = List.of(line(622, "13\t大中城市联合招聘服务\t有求职愿望的高校毕业生\t提供大中城市联动、"),
				line(624, "线上线下融合的招聘服务。\t市县市政府负责。\t省人力资源社会保障厅"),
				line(625, "14\t职业技能培训和技能鉴定\t劳动者\t…\t省政府结合中央财政就业补助资金统筹安排。\t省人力资源社会保障厅"));
		List<TableRow> rows = TextRepair.joinSplitRows(lines, 6, cell -> cell.matches("\\d+"));
		assertThat(rows).hasSize(2);
		assertThat(rows.get(0).cells()).containsExactly("13", "大中城市联合招聘服务", "有求职愿望的高校毕业生", "提供大中城市联动、线上线下融合的招聘服务。",
				"市县市政府负责。", "省人力资源社会保障厅");
		assertThat(rows.get(0).from()).isEqualTo(622);
		assertThat(rows.get(0).to()).isEqualTo(624);
	}

	@Test
	void aShortRowFollowedByANewRowIsNotJoined() {
		List<SourceLine> lines = List.of(line(605, "1\t免费义务教育\t义务教育学生\t中央、省及市县财政按比例分担。"),
				line(608, "2\t农村义务教育学生营养改善\t学生\t…\t…\t省教育厅、省财政厅"));
		assertThat(TextRepair.joinSplitRows(lines, 6, cell -> cell.matches("\\d+"))).extracting(r -> r.cells().size())
			.containsExactly(4, 6);
	}

	@Test
	void aFragmentRepeatedAcrossAPageBreakIsKeptOnce() {
		// lines 811-813: （责任单位：省住房城乡建设 / (blank) / 建设厅、省人力资源社会保障厅、省教育厅)
		assertThat(TextRepair.joinAcrossPageBreak("（责任单位：省住房城乡建设", "建设厅、省人力资源社会保障厅、省教育厅)"))
			.isEqualTo("（责任单位：省住房城乡建设厅、省人力资源社会保障厅、省教育厅)");
		// lines 963-965 continue without repetition
		assertThat(TextRepair.joinAcrossPageBreak("任命王成为吉林省国有资本运营有限责任", "公司总经理。"))
			.isEqualTo("任命王成为吉林省国有资本运营有限责任公司总经理。");
	}

	@Test
	void aSingleRepeatedCharacterAtAPageBreakIsChinese() {
		assertThat(TextRepair.joinAcrossPageBreak("提高学生", "生活质量")).isEqualTo("提高学生生活质量");
	}

	@Test
	void aFragmentRepeatedAroundASpaceInACellIsKeptOnce() {
		// line 749, Annex 2 row 25
		assertThat(TextRepair.dropDuplicatedFragment("省发展改革委牵头，地方各级政府和其 其他有关部门按职责分工负责"))
			.isEqualTo("省发展改革委牵头，地方各级政府和其他有关部门按职责分工负责");
		assertThat(TextRepair.dropDuplicatedFragment("省教育厅牵头，其他有关部门按职责分工负责")).isEqualTo("省教育厅牵头，其他有关部门按职责分工负责");
	}

	private static SourceLine line(int number, String text) {
		return new SourceLine(number, text);
	}

}
