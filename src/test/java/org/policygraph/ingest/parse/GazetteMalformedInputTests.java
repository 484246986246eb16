package org.policygraph.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.policygraph.ingest.source.GazetteFormatException;

/**
 * The real gazette, broken one way at a time. Each break is a format error naming the
 * file, the line that does not fit and what was expected there; the parser never returns
 * what it read before the break.
 */
class GazetteMalformedInputTests {

	private static final String FILE = "broken.txt";

	@Test
	void anEmptyFile() {
		assertRejected(new byte[0], 1, "the file has no text");
	}

	@Test
	void aFileWithOnlyAByteOrderMark() {
		assertRejected(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, 1, "the file has no text");
	}

	@Test
	void invalidUtf8IsReportedAtItsLine() {
		List<byte[]> lines = new ArrayList<>();
		Gazettes.lines().forEach(line -> lines.add(line.getBytes(StandardCharsets.UTF_8)));
		byte[] line300 = lines.get(299);
		byte[] broken = Arrays.copyOf(line300, line300.length + 1);
		broken[line300.length] = (byte) 0xC3; // a lead byte with no continuation
		lines.set(299, broken);
		assertRejected(join(lines), 300, "invalid UTF-8");
	}

	@Test
	void aServiceRowWithFourCells() {
		// line 613, item 7, without its 支出责任 and 牵头负责单位 cells
		assertRejected(mutate(613, line -> String.join("\t", Arrays.copyOf(line.split("\t"), 4))), 613,
				"has 4 cells; expected 6");
	}

	@Test
	void aServiceRowWhoseNumberIsNotANumber() {
		assertRejected(mutate(621, line -> line.replaceFirst("^12", "十二")), 621,
				"序号 \"十二\" of the service list is not a number");
	}

	@Test
	void aDuplicatedItemNumber() {
		assertRejected(mutate(622, line -> line.replaceFirst("^13", "12")), 622,
				"service item 12 appears twice (first at line 621)");
	}

	@Test
	void itemNumbersOutOfSequence() {
		assertRejected(mutate(622, line -> line.replaceFirst("^13", "14")), 622,
				"out of sequence: expected item 13, found 14");
	}

	@Test
	void aTableHeaderWithoutRows() {
		// the last page of Annex 1 keeps its header (line 710) but loses items 82-85
		assertRejected(mutate(711, 714, line -> ""), 710, "the service list header at line 710 has no rows below it");
	}

	@Test
	void aMissingDomainRow() {
		// without 二、基本劳动就业创业 (line 615), 三、 comes second
		assertRejected(mutate(615, line -> ""), 629, "expected domain number 2 here (is a domain row missing?)");
	}

	@Test
	void anUnknownDepartmentInALeadCell() {
		assertRejected(mutate(613, line -> line.replace("省财政厅、省教育厅", "省财政局、省教育厅")), 613, "unknown department \"省财政局\"");
	}

	@Test
	void anUnknownUnitInAnAnnotationOf55() {
		assertRejected(mutate(785, line -> line.replace("省公安厅", "省警察厅")), 785, "unknown department \"省警察厅\"");
	}

	@Test
	void anUnclosedAnnotation() {
		assertRejected(mutate(785, line -> line.replaceFirst("）$", "")), 785,
				"the （责任单位：… annotation of 三(一) is not closed");
	}

	@Test
	void aDocumentNumberWithoutSerial() {
		assertRejected(mutate(753, line -> "吉政办发〔2017〕号"), 753, "has no serial number before 号");
	}

	@Test
	void aDocumentNumberWithATwoDigitYear() {
		assertRejected(mutate(113, line -> "吉政办发〔17〕52号"), 113, "the year in \"吉政办发〔17〕52号\" must have four digits");
	}

	@Test
	void anImpossibleDate() {
		assertRejected(mutate(121, line -> "2017年13月1日"), 121, "\"2017年13月1日\" is not a date that exists");
	}

	@Test
	void aMastheadWithoutIssueNumber() {
		// line 25 "2017年第22期" gone; the error points at the table of contents, where the
		// masthead ends
		assertRejected(mutate(25, line -> ""), 29, "lacks the issue line, like 2017年第22期");
	}

	@Test
	void aMastheadWithABrokenIssn() {
		assertRejected(mutate(101, line -> "国际标准刊号: ISSN10094791"), 101,
				"国际标准刊号 \"ISSN10094791\" is not an ISSN like ISSN1009-4791");
		assertRejected(mutate(103, line -> "国内统一刊号: 22-1416/D"), 103, "is not a CN number like CN22-1416/D");
	}

	@Test
	void anIndicatorRowWithTooFewCells() {
		assertRejected(mutate(185, line -> line.replaceFirst("\t—$", "")), 185,
				"a row of the indicator table has 3 cells; expected 4");
	}

	@Test
	void anIndicatorHeadingThatMeansNoDomainOfTheList() {
		assertRejected(mutate(184, line -> line.replace("社会保险服务", "社会治安")), 184,
				"indicator heading \"社会治安\" means no domain of the service list");
	}

	@Test
	void anIndicatorValueInWords() {
		assertRejected(mutate(192, line -> line.replace("\t40\t", "\t七十\t")), 192, "indicator value \"七十\"");
	}

	@Test
	void anAppointmentWithoutDecisionNumber() {
		assertRejected(mutate(961, line -> line.replace("（吉政干任〔2017〕38号）", "")), 961, "has no decision number");
	}

	@Test
	void anAppointmentWithAnUnknownAction() {
		assertRejected(mutate(961, line -> line.replace("指定王喜东为", "提拔王喜东为")), 961,
				"unknown personnel action \"提拔王喜东为吉林省吉盛资产管理有限公司董事长\"");
	}

	@Test
	void sameDayWithNoDateAbove() {
		assertRejected(mutate(959, line -> line.replace("11月1日", "同日")), 959,
				"同日 (same day) with no dated entry above it");
	}

	@Test
	void anAppointmentToAnUnknownOrganisation() {
		assertRejected(mutate(959, line -> line.replace("任命杜延华为省司法厅", "任命杜延华为省司法局")), 959, "unknown department");
	}

	@Test
	void anAnnex2RowWithoutUnits() {
		assertRejected(mutate(732, line -> line.replaceFirst("\t[^\t]*$", "\t")), 732,
				"task 10 names no responsible unit");
	}

	@Test
	void anUnclassifiableFundingPhrase() {
		assertRejected(mutate(613, line -> line.replace("中央、省及市县财政按比例分担。", "视情况而定。")), 613,
				"cannot classify funding phrase");
	}

	@Test
	void aFileThatEndsInsideTheServiceTable() {
		List<String> lines = Gazettes.lines().subList(0, 650);
		assertRejected(String.join("\n", lines).getBytes(StandardCharsets.UTF_8), 650,
				"the file ends inside the service list that starts at line 603");
	}

	@Test
	void aDecisionPrintedTwice() {
		assertRejected(mutate(961, line -> line.replace("38号", "37号")), 961, "decision 吉政干任〔2017〕37号 appears twice");
	}

	@Test
	void addresseesMissing() {
		assertRejected(mutate(755, line -> ""), 757, "expected the addressees of 吉政办发〔2017〕55号 ending in ：");
	}

	private static void assertRejected(byte[] content, int line, String expected) {
		GazetteFormatException error = catchThrowableOfType(GazetteFormatException.class,
				() -> Gazettes.parser().parse(FILE, content));
		assertThat(error).as("a format error").isNotNull();
		assertThat(error.file()).isEqualTo(FILE);
		assertThat(error.line()).as(error.getMessage()).isEqualTo(line);
		assertThat(error.getMessage()).startsWith(FILE + ":" + line + ": ").contains(expected);
	}

	private static byte[] mutate(int lineNumber, UnaryOperator<String> change) {
		return mutate(lineNumber, lineNumber, change);
	}

	private static byte[] mutate(int from, int to, UnaryOperator<String> change) {
		List<String> lines = new ArrayList<>(Gazettes.lines());
		for (int n = from; n <= to; n++) {
			String changed = change.apply(lines.get(n - 1));
			assertThat(changed).as("mutation of line " + n).isNotEqualTo(lines.get(n - 1));
			lines.set(n - 1, changed);
		}
		return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] join(List<byte[]> lines) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (int i = 0; i < lines.size(); i++) {
			if (i > 0) {
				out.write('\n');
			}
			out.writeBytes(lines.get(i));
		}
		return out.toByteArray();
	}

}
