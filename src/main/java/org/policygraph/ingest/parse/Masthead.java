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

	private static final Pattern ROLE = Pattern.compile("([^:：]+)[:：](.*)");

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
				publisher.group(1), text.source(title.number(), last));
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
