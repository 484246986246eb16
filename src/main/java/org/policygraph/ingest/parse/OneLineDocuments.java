package org.policygraph.ingest.parse;

import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policygraph.document.DocumentNumbers;
import org.policygraph.ingest.text.ChineseDates;
import org.policygraph.ingest.text.GazetteText;
import org.policygraph.ingest.text.SourceLine;

/**
 * A whole document pasted into one paragraph (copied from a page, or HTML with everything
 * in one {@code
 *
<p>
 * }): the elements of GB/T 9704-2012 recognised inside the line by their shapes and
 * order, and the line read as the lines they would stand on, so the layout reads it as it
 * reads the multi-line form. 发文机关标志 (…文件), then 发文字号, 标题 (above or below the number) and
 * 主送机关 up to the first ：, 正文 with its headings (一、 （一）), 附件说明, 发文机关署名 and 成文日期 (a date
 * right after an organ's name, the masthead's when there is one), 附注, 抄送 and 印发.
 */
final class OneLineDocuments {

	/**
	 * Longer than any header line: a line this long with the number in it is collapsed.
	 */
	private static final int COLLAPSED = 120;

	private static final Pattern NUMBER = Pattern
		.compile("\\p{IsHan}{1,12}?[〔\\[［﹝【(（]\\s*[0-9０-９]{4}\\s*[〕\\]］﹞】)）]\\s*[0-9０-９]{1,4}\\s*[号號]");

	private static final Pattern MASTHEAD = Pattern.compile("^\\s*(\\p{IsHan}{2,40}?)文件");

	private static final Pattern TITLE_END = Pattern.compile("的(通知|意见|决定|批复|函|报告|请示|通报|通告|公告|实施方案|方案|规划|办法|规定)");

	/** A title that issues nothing ends in its kind alone: …建设实施方案. */
	private static final Pattern BARE_TITLE_END = Pattern.compile("(通知|意见|决定|方案|规划|办法|规定|细则|条例)");

	/**
	 * 一、 after a sentence (统一、规范 is no heading); （一） after a sentence or right after its
	 * section's heading.
	 */
	private static final Pattern HEADING = Pattern.compile(
			"(?<=[。；）)：])(?=[一二三四五六七八九十]{1,3}、)" + "|(?<=[。；）)：\\p{IsHan}])(?=[（(][一二三四五六七八九十]{1,3}[）)]\\p{IsHan})");

	private static final Pattern BOUNDARY = Pattern.compile("[。；：）)》]");

	private static final Pattern ANNEX = Pattern.compile("附\\s*件\\s*[:：]");

	private static final Pattern NOTE = Pattern.compile("\\s*[（(][^（()）]{2,30}[）)]");

	private static final Pattern COPIED_TO = Pattern.compile("抄\\s*送\\s*[:：][^。]*。");

	private static final Pattern PRINTED = Pattern.compile("\\p{IsHan}{4,40}?\\s*\\d{4}年\\d{1,2}月\\d{1,2}日\\s*印\\s*发");

	private static final Pattern ORGAN_END = Pattern.compile(".*(厅|室|府|局|委|会|部|院|办)");

	private OneLineDocuments() {
	}

	/**
	 * The text with its collapsed document unfolded, or the text itself when its document
	 * is printed over several lines.
	 * @param from the first line after what precedes the document (a disclosure page's
	 * metadata)
	 */
	static GazetteText unfold(GazetteText text, int from) {
		int seen = 0;
		for (int n = from; n <= text.lineCount() && seen < 8; n++) {
			SourceLine line = text.line(n);
			if (line.isBlank()) {
				continue;
			}
			seen++;
			if (DocumentNumbers.looksLikeNumber(line.trimmed())) {
				return text;
			}
			Matcher number = NUMBER.matcher(line.text());
			// the document's own number near the start of its first lines, not a citation
			// in brackets further on
			if (seen <= 2 && line.text().length() > COLLAPSED && number.find() && number.start() < COLLAPSED
					&& !cited(line.text(), number.start())) {
				List<Integer> cuts = cuts(line.text(), number);
				return cuts.isEmpty() ? text : text.unfold(n, cuts);
			}
		}
		return text;
	}

	private static boolean cited(String line, int at) {
		String before = line.substring(0, at).stripTrailing();
		return before.endsWith("（") || before.endsWith("(") || before.endsWith("》");
	}

	private static List<Integer> cuts(String line, Matcher number) {
		TreeSet<Integer> cuts = new TreeSet<>();
		Matcher masthead = MASTHEAD.matcher(line);
		String organ = null;
		boolean titleAbove = false;
		int prefix = 0;
		if (masthead.find() && masthead.end() < number.end()) {
			organ = masthead.group(1);
			prefix = masthead.end();
		}
		else {
			// the title above the number, as disclosure pages print it: it ends like a
			// title, and the number's prefix starts there
			String head = line.substring(0, number.end());
			for (Pattern end : List.of(TITLE_END, BARE_TITLE_END)) {
				Matcher title = end.matcher(head);
				while (!titleAbove && title.find()) {
					// the last one before the number's bracket
					int at = title.end();
					while (title.find()) {
						at = title.end();
					}
					prefix = at;
					titleAbove = true;
				}
			}
		}
		// the number's own prefix begins after the masthead or the title, not in them
		if (prefix > 0 && !number.find(prefix)) {
			return List.of();
		}
		cuts.add(prefix);
		cuts.add(number.start());
		cuts.add(number.end());
		int colon = line.indexOf('：', number.end());
		if (colon < 0 || line.substring(number.end(), colon).contains("。")) {
			return List.copyOf(cuts);
		}
		if (!titleAbove) {
			// the title below the number, then the addressees
			Matcher title = TITLE_END.matcher(line.substring(0, colon));
			title.region(number.end(), colon);
			int end = -1;
			while (title.find()) {
				end = title.end();
			}
			if (end > 0 && end < colon) {
				cuts.add(end);
			}
		}
		int body = colon + 1;
		cuts.add(body);
		int date = signature(line, body, organ, cuts);
		int rest = date > 0 ? date : body;
		headings(line, body, date > 0 ? date : line.length(), cuts);
		Matcher note = NOTE.matcher(line);
		if (date > 0 && note.region(date, line.length()).lookingAt()) {
			cuts.add(note.end());
			rest = note.end();
		}
		headings(line, rest, line.length(), cuts);
		Matcher copied = COPIED_TO.matcher(line);
		if (copied.find(rest)) {
			cuts.add(copied.start());
			cuts.add(copied.end());
		}
		Matcher printed = PRINTED.matcher(line);
		if (printed.find(rest)) {
			cuts.add(printed.start());
		}
		cuts.removeIf(cut -> cut <= 0 || cut >= line.length());
		return List.copyOf(cuts);
	}

	/**
	 * 发文机关署名 and 成文日期: the first date that follows an organ's name (the masthead's, else
	 * the words since the last sentence) and is followed by the end, a 附注 or 抄送, not by
	 * 印发.
	 * @return where the line after the date begins, or 0 when there is no signature
	 */
	private static int signature(String line, int body, String organ, TreeSet<Integer> cuts) {
		Matcher date = ChineseDates.FULL.matcher(line);
		int from = body;
		while (date.find(from)) {
			from = date.end();
			String after = line.substring(date.end()).stripLeading();
			if (after.startsWith("印发") || !(after.isEmpty() || after.startsWith("（") || after.startsWith("(")
					|| after.startsWith("抄送") || after.matches("^\\p{IsHan}.*"))) {
				continue;
			}
			String before = line.substring(body, date.start()).stripTrailing();
			int issuer = -1;
			if (organ != null && before.endsWith(organ)) {
				issuer = body + before.length() - organ.length();
			}
			else {
				int boundary = lastBoundary(before);
				String name = before.substring(boundary).strip();
				if (name.length() >= 4 && name.length() <= 40 && ORGAN_END.matcher(name).matches()) {
					issuer = body + boundary;
				}
			}
			if (issuer < 0) {
				continue;
			}
			Matcher annex = ANNEX.matcher(line);
			annex.region(body, issuer);
			if (annex.find()) {
				cuts.add(annex.start());
			}
			cuts.add(issuer);
			cuts.add(date.start());
			cuts.add(date.end());
			return date.end();
		}
		return 0;
	}

	private static int lastBoundary(String text) {
		Matcher m = BOUNDARY.matcher(text);
		int last = 0;
		while (m.find()) {
			last = m.end();
		}
		return last;
	}

	/** 一、 and （一） after a sentence or a heading begin a line of their own. */
	private static void headings(String line, int from, int to, TreeSet<Integer> cuts) {
		Matcher heading = HEADING.matcher(line);
		heading.region(from, to);
		// lookbehind must see the text before the region
		heading.useTransparentBounds(true);
		while (heading.find()) {
			cuts.add(heading.start());
		}
	}

}
