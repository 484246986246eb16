package org.policygraph.ingest.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.policygraph.document.DocumentNumbers;
import org.policygraph.ingest.source.GazetteFormatException;
import org.policygraph.ingest.text.ChineseDates;
import org.policygraph.ingest.text.GazetteText;
import org.policygraph.ingest.text.SourceLine;
import org.policygraph.ingest.text.TextRepair;

/**
 * Where the elements of a single official document (GB/T 9704-2012) lie in its text, in
 * their order where present: 份号, 密级 and 紧急程度 (skipped), 发文机关标志 (…文件), 发文字号 with 签发人, 标题
 * (over one or more lines, above the number as disclosure pages print it or below it as
 * the standard does), 主送机关 (ending in ：), 正文, 附件说明, 发文机关署名 and 成文日期, 附注 such as (此件公开发布),
 * then 抄送机关 and 印发机关和印发日期. Only the number, or failing it a title, is needed: an excerpt
 * (a header and the first paragraphs) yields what it has.
 *
 * @param masthead the 发文机关标志 without 文件, or null
 * @param mastheadLine 0 when there is none
 * @param numberLine the line of the 发文字号, 0 when there is none
 * @param number the normalised number, or null
 * @param signer 签发人, or null
 * @param titleFrom first line of the title, 0 when there is none
 * @param addresseeLine 0 when there are no addressees
 * @param bodyFrom first line of the running text
 * @param bodyTo last line of the running text (before the signature, or the last line)
 * @param issuerLine the 发文机关署名, 0 when not printed
 * @param dateLine the 成文日期, 0 when not printed
 */
record OfficialDocumentLayout(String masthead, int mastheadLine, int numberLine, String number, String signer,
		int titleFrom, int titleTo, String title, int addresseeLine, List<String> addressees, int bodyFrom, int bodyTo,
		int issuerLine, String issuer, int dateLine, String note, List<String> annexTitles, List<String> copiedTo,
		String printedBy, String printedOn, int lastLine) {

	OfficialDocumentLayout {
		addressees = List.copyOf(addressees);
		annexTitles = List.copyOf(annexTitles);
		copiedTo = List.copyOf(copiedTo);
	}

	private static final Pattern MASTHEAD = Pattern.compile("(\\S.*?)\\s*文\\s*件");

	private static final Pattern SIGNER = Pattern.compile("(.*?)\\s*签\\s*发\\s*人\\s*[:：]\\s*(.+)");

	/** 份号 (000123), 密级 (机密★1年), 紧急程度 (特急): printed above the masthead, not read. */
	private static final Pattern PRELIMINARY = Pattern
		.compile("\\d{6}|(绝密|机密|秘密)(★.*)?|特急|加急|平急|特提|[^>»]*(>>|»|>|当前位置).*");

	private static final Pattern TITLE_END = Pattern
		.compile(".*("
				+ String.join("|", "通知", "意见", "决定", "决议", "命令", "令", "公报", "公告", "通告", "通报", "报告", "请示", "批复", "议案",
						"函", "纪要", "方案", "规划", "计划", "办法", "规定", "细则", "条例", "规则", "要点", "指引", "指南")
				+ ")([（(][^（()）]*[）)])?");

	private static final Pattern NOTE = Pattern.compile("[（(][^（()）]{2,30}[）)]");

	private static final Pattern ANNEX_NOTE = Pattern.compile("附\\s*件\\s*[:：]\\s*(?:\\d+[.．、]\\s*)?(.+)");

	private static final Pattern ANNEX_NOTE_MORE = Pattern.compile("\\d+[.．、]\\s*(.+)");

	private static final Pattern COPIED_TO = Pattern.compile("抄\\s*送\\s*[:：]\\s*(.+?)[。.]?");

	private static final Pattern PRINTED = Pattern
		.compile("(\\S.*?)[\\s\\u3000]*(\\d{4}年\\d{1,2}月\\d{1,2}日)[\\s\\u3000]*印\\s*发");

	/**
	 * @param from the first line after what precedes the document (a disclosure page's
	 * metadata block)
	 * @throws GazetteFormatException when neither a number nor a title can be found
	 */
	static OfficialDocumentLayout read(GazetteText text, int from) {
		int to = text.lineCount();
		String masthead = null;
		int mastheadLine = 0;
		int numberLine = 0;
		String number = null;
		String signer = null;
		List<SourceLine> before = new ArrayList<>();
		for (int n = from; n <= to && numberLine == 0; n++) {
			SourceLine line = text.line(n);
			if (line.isBlank()) {
				continue;
			}
			String trimmed = line.trimmed();
			Matcher signed = SIGNER.matcher(trimmed);
			String candidate = signed.matches() ? signed.group(1) : trimmed;
			if (DocumentNumbers.looksLikeNumber(candidate)) {
				numberLine = n;
				try {
					number = DocumentNumbers.normalise(candidate);
				}
				catch (IllegalArgumentException ex) {
					throw text.error(n, ex.getMessage(), ex);
				}
				signer = signed.matches() ? signed.group(2).strip() : null;
				break;
			}
			Matcher head = MASTHEAD.matcher(trimmed);
			if (head.matches() && masthead == null && before.isEmpty()) {
				masthead = TextRepair.joinTitle(head.group(1));
				mastheadLine = n;
			}
			else if (!PRELIMINARY.matcher(trimmed).matches()) {
				before.add(line);
			}
			if (before.size() > 6) {
				// far into running text without a number line: an excerpt without one, or
				// no document at all
				break;
			}
		}
		int titleFrom;
		int titleTo;
		int afterHeader;
		if (numberLine != 0 && !before.isEmpty()) {
			titleFrom = before.getFirst().number();
			titleTo = before.getLast().number();
			afterHeader = numberLine;
		}
		else {
			int[] title = titleBelow(text, numberLine == 0 ? from : numberLine + 1);
			titleFrom = title[0];
			titleTo = title[1];
			afterHeader = titleTo != 0 ? titleTo : numberLine;
		}
		if (numberLine == 0 && titleFrom == 0) {
			throw text.error(from,
					"no document number and no masthead; expected a gazette issue (its masthead, like 2017年第22期), "
							+ "an official document with its number line (like 吉政办发〔2017〕52号) or a disclosure page "
							+ "(索引号, 发文字号, …)");
		}
		String title = titleFrom == 0 ? null
				: TextRepair.joinTitle(text.lines(titleFrom, titleTo)
					.stream()
					.filter(l -> !l.isBlank())
					.map(SourceLine::trimmed)
					.reduce("", (a, b) -> a + " " + b));
		SourceLine next = text.nextNonBlank(afterHeader, to);
		int addresseeLine = next != null && isAddresseeLine(next.trimmed()) ? next.number() : 0;
		List<String> addressees = addresseeLine == 0 ? List.of()
				: NumberedDocuments.splitAddressees(next.trimmed().replaceAll(":$", "："));
		int bodyFrom = (addresseeLine != 0 ? addresseeLine : afterHeader) + 1;
		int dateLine = 0;
		for (int n = bodyFrom; n <= to && dateLine == 0; n++) {
			dateLine = ChineseDates.isDateLine(text.line(n).text()) ? n : 0;
		}
		SourceLine issuer = dateLine == 0 ? null : text.previousNonBlank(dateLine);
		if (issuer != null && (issuer.number() < bodyFrom || isRunningText(issuer.trimmed()))) {
			issuer = null;
		}
		int bodyTo = issuer != null ? issuer.number() - 1 : dateLine != 0 ? dateLine - 1 : to;
		SourceLine noteLine = dateLine == 0 ? null : text.nextNonBlank(dateLine, to);
		String note = noteLine != null && NOTE.matcher(noteLine.trimmed()).matches() ? noteLine.trimmed() : null;
		List<String> annexTitles = annexNote(text, bodyFrom, bodyTo);
		List<String> copiedTo = List.of();
		String printedBy = null;
		String printedOn = null;
		for (int n = Math.max(bodyFrom, dateLine); n <= to; n++) {
			String line = text.line(n).trimmed();
			Matcher copied = COPIED_TO.matcher(line);
			Matcher printed = PRINTED.matcher(line);
			if (copied.matches()) {
				copiedTo = NumberedDocuments.splitAddressees(copied.group(1));
			}
			else if (printed.matches()) {
				printedBy = printed.group(1).strip();
				printedOn = printed.group(2);
			}
		}
		int last = text.previousNonBlank(to + 1) == null ? to : text.previousNonBlank(to + 1).number();
		return new OfficialDocumentLayout(masthead, mastheadLine, numberLine, number, signer, titleFrom, titleTo, title,
				addresseeLine, addressees, bodyFrom, Math.max(bodyFrom, bodyTo), issuer == null ? 0 : issuer.number(),
				issuer == null ? null : issuer.trimmed(), dateLine, note, annexTitles, copiedTo, printedBy, printedOn,
				last);
	}

	/**
	 * The title printed below the number (or at the head of an excerpt without one): the
	 * non-blank lines up to the one that ends like a title (…的通知) or up to the
	 * addressees.
	 * @return the first and last line, or zeros
	 */
	private static int[] titleBelow(GazetteText text, int from) {
		int first = 0;
		StringBuilder joined = new StringBuilder();
		for (int n = from, seen = 0; n <= text.lineCount() && seen < 4; n++) {
			SourceLine line = text.line(n);
			if (line.isBlank()) {
				continue;
			}
			seen++;
			if (isAddresseeLine(line.trimmed()) || isRunningText(line.trimmed())) {
				return first == 0 ? new int[] { 0, 0 } : new int[] { first, text.previousNonBlank(n).number() };
			}
			first = first == 0 ? n : first;
			joined.append(line.trimmed());
			if (TITLE_END.matcher(joined.toString().replaceAll("\\s+", "")).matches()) {
				return new int[] { first, n };
			}
		}
		return new int[] { 0, 0 };
	}

	/** 各市（州）人民政府，…： or, as some platforms print it, with ASCII commas and colon. */
	static boolean isAddresseeLine(String line) {
		return line.matches(".+[:：]") && !line.contains("。") && line.length() <= 200 && !line.startsWith("附件");
	}

	/** A sentence of the body, not a name: it ends with 。 or is long. */
	private static boolean isRunningText(String line) {
		return line.endsWith("。") || line.endsWith("；") || line.length() > 60;
	}

	/** 附件：1．…， with further annexes on the lines below. */
	private static List<String> annexNote(GazetteText text, int from, int to) {
		List<String> titles = new ArrayList<>();
		for (int n = from; n <= to; n++) {
			Matcher note = ANNEX_NOTE.matcher(text.line(n).trimmed());
			if (note.matches() && titles.isEmpty()) {
				titles.add(note.group(1).strip());
				for (int m = n + 1; m <= to; m++) {
					Matcher more = ANNEX_NOTE_MORE.matcher(text.line(m).trimmed());
					if (!more.matches()) {
						break;
					}
					titles.add(more.group(1).strip());
				}
			}
		}
		return Stream.of(titles.toArray(String[]::new)).toList();
	}

}
