package org.policygraph.ingest.parse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policygraph.ingest.record.EditorialMemberRecord;
import org.policygraph.ingest.record.IssueRecord;
import org.policygraph.ingest.text.ChineseDates;
import org.policygraph.ingest.text.GazetteText;
import org.policygraph.ingest.text.SourceLine;

/**
 * The issue's masthead: title, 2017年第22期, (复总第762期), 2017年11月30日出版, 吉林省人民政府主办, and the
 * editorial board. Everything is read from the lines before the first document.
 */
final class Masthead {

	private static final Pattern ISSUE = Pattern.compile("(\\d{4})年第(\\d+)期");

	private static final Pattern COVER = Pattern.compile("第\\s*(\\d+)\\s*期\\s*[(（]复总第\\s*(\\d+)\\s*期[)）]");

	private static final Pattern CUMULATIVE = Pattern.compile("[(（]复总第\\s*(\\d+)\\s*期[)）]");

	private static final Pattern PUBLISHED = Pattern.compile("(\\d{4}年\\d{1,2}月\\d{1,2}日)出版");

	private static final Pattern PUBLISHER = Pattern.compile("(\\S+)主办");

	private static final Pattern WHITESPACE = Pattern.compile("\\s+");

	private static final Pattern ROLE = Pattern.compile("([^:：]+)[:：](.*)");

	/** "(半月刊)": how often the gazette appears. */
	private static final Pattern FREQUENCY = Pattern.compile("[(（](\\S{1,3}刊)[)）]");

	/** "国际标准刊号: ISSN1009-4791", "编辑出版: 吉林省人民政府公报室": a label, a colon, a value. */
	private static final Pattern LABELLED = Pattern.compile("(\\S[^:：]{0,10})[:：]\\s*(\\S.*)");

	private static final Pattern ISSN = Pattern.compile("ISSN\\s*(\\d{4}-\\d{3}[\\dX])");

	private static final Pattern CN = Pattern.compile("CN\\s*(\\d{2}-\\d{4}/[A-Z]+)");

	/**
	 * The lines a reader uses to reach the editorial office, in printed order; 广告经营许可证号
	 * and 印刷 are not contact lines.
	 */
	private static final List<String> CONTACT_LABELS = List.of("地址", "邮编", "电话", "传真", "网址", "电子信箱");

	private final GazetteText text;

	private final int end;

	private final int reportLine;

	Masthead(GazetteText text, int end) {
		this.text = text;
		this.end = end;
		this.reportLine = contentsLine(text, end);
	}

	IssueRecord issue() {
		SourceLine title = text.nextNonBlank(0, end);
		if (title == null) {
			throw text.error(reportLine, "no masthead before the first document; expected the gazette's title");
		}
		Matcher issue = find(ISSUE, "the issue line, like 2017年第22期");
		Matcher cumulative = find(CUMULATIVE, "the cumulative number, like (复总第762期)");
		Matcher published = find(PUBLISHED, "the publication date, like 2017年11月30日出版");
		Matcher publisher = find(PUBLISHER, "the publisher, like 吉林省人民政府主办");
		int year = Integer.parseInt(issue.group(1));
		int number = Integer.parseInt(issue.group(2));
		int total = Integer.parseInt(cumulative.group(1));
		checkCover(number, total);
		int publishedLine = lineOf(PUBLISHED);
		LocalDate publishedOn = ChineseDates.full(text, publishedLine, published.group(1));
		String name = title.trimmed();
		int last = Math.max(Math.max(lineOf(ISSUE), lineOf(CUMULATIVE)), Math.max(publishedLine, lineOf(PUBLISHER)));
		return new IssueRecord(name + "/" + year + "/" + number, name, year, number, total, publishedOn,
				publisher.group(1), identifier("国际标准刊号", ISSN, "an ISSN like ISSN1009-4791"),
				identifier("国内统一刊号", CN, "a CN number like CN22-1416/D"), frequency(), value("编辑出版"),
				publisher.group(1), contacts(), text.source(title.number(), last));
	}

	private String frequency() {
		int line = lineOf(FREQUENCY);
		if (line == 0) {
			return null;
		}
		Matcher m = FREQUENCY.matcher(text.line(line).trimmed());
		m.matches();
		return m.group(1);
	}

	/** A masthead line "label: value", the label compared without its spacers (地 址). */
	private record Labelled(int line, String value) {
	}

	private Labelled labelled(String label) {
		for (int n = 1; n <= end; n++) {
			Matcher m = LABELLED.matcher(text.line(n).trimmed());
			if (m.matches() && WHITESPACE.matcher(m.group(1)).replaceAll("").equals(label)) {
				return new Labelled(n, m.group(2).strip());
			}
		}
		return null;
	}

	private String value(String label) {
		Labelled labelled = labelled(label);
		return labelled == null ? null : labelled.value();
	}

	private String identifier(String label, Pattern shape, String expected) {
		Labelled labelled = labelled(label);
		if (labelled == null) {
			return null;
		}
		Matcher m = shape.matcher(labelled.value());
		if (!m.matches()) {
			throw text.error(labelled.line(), label + " \"" + labelled.value() + "\" is not " + expected);
		}
		return m.group(1);
	}

	private List<IssueRecord.Contact> contacts() {
		List<IssueRecord.Contact> contacts = new ArrayList<>();
		for (String label : CONTACT_LABELS) {
			String value = value(label);
			if (value != null) {
				contacts.add(new IssueRecord.Contact(label, value));
			}
		}
		return contacts;
	}

	/**
	 * The board under 编辑委员会: every person once, with every role printed for them, in
	 * printed order.
	 */
	List<EditorialMemberRecord> editorialBoard() {
		int heading = lineOf(Pattern.compile("编辑委员会"));
		if (heading == 0) {
			return List.of();
		}
		Map<String, List<String>> roles = new LinkedHashMap<>();
		Map<String, int[]> lines = new LinkedHashMap<>();
		String role = null;
		SourceLine first = text.nextNonBlank(heading, end);
		for (int n = first == null ? end + 1 : first.number(); n <= end && !text.line(n).isBlank(); n++) {
			Matcher m = ROLE.matcher(text.line(n).trimmed());
			String names = text.line(n).trimmed();
			if (m.matches()) {
				role = m.group(1).replaceAll("\\s+", "");
				names = m.group(2);
			}
			else if (role == null) {
				throw text.error(n, "editorial board line without a role; expected \"主任: 某某\"");
			}
			for (String person : people(names)) {
				roles.computeIfAbsent(person, p -> new ArrayList<>()).add(role);
				lines.merge(person, new int[] { n, n }, (a, b) -> new int[] { a[0], b[1] });
			}
		}
		return roles.entrySet().stream().map(e -> {
			int[] range = lines.get(e.getKey());
			return new EditorialMemberRecord(e.getKey(), e.getValue(), text.source(range[0], range[1]));
		}).toList();
	}

	/**
	 * Names are separated by spaces, but a two-character name is printed with a spacer to
	 * line up with three-character names ("于 亮"), so a run of single characters is one
	 * name.
	 */
	static List<String> people(String names) {
		List<String> people = new ArrayList<>();
		StringBuilder spaced = new StringBuilder();
		for (String token : names.strip().split("\\s+")) {
			if (token.isEmpty()) {
				continue;
			}
			if (token.codePointCount(0, token.length()) == 1) {
				spaced.append(token);
				continue;
			}
			if (!spaced.isEmpty()) {
				people.add(spaced.toString());
				spaced.setLength(0);
			}
			people.add(token);
		}
		if (!spaced.isEmpty()) {
			people.add(spaced.toString());
		}
		return people;
	}

	private void checkCover(int number, int total) {
		int cover = lineOf(COVER);
		if (cover == 0) {
			return;
		}
		Matcher m = COVER.matcher(text.line(cover).trimmed());
		m.matches();
		if (Integer.parseInt(m.group(1)) != number || Integer.parseInt(m.group(2)) != total) {
			throw text.error(cover, "the cover says issue " + m.group(1) + " (复总第" + m.group(2)
					+ "期) but the masthead says " + number + " (复总第" + total + "期)");
		}
	}

	private Matcher find(Pattern pattern, String expected) {
		int line = lineOf(pattern);
		if (line == 0) {
			throw text.error(reportLine, "the masthead (lines 1-" + end + ") lacks " + expected);
		}
		Matcher m = pattern.matcher(text.line(line).trimmed());
		m.matches();
		return m;
	}

	private int lineOf(Pattern pattern) {
		for (int n = 1; n <= end; n++) {
			if (pattern.matcher(text.line(n).trimmed()).matches()) {
				return n;
			}
		}
		return 0;
	}

	/**
	 * Errors about a missing masthead field point at the table of contents, where the
	 * masthead ends.
	 */
	private static int contentsLine(GazetteText text, int end) {
		for (int n = 1; n <= end; n++) {
			if (text.line(n).trimmed().equals("目录")) {
				return n;
			}
		}
		return Math.max(1, end);
	}

}
