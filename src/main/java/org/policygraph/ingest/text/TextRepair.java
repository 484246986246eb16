package org.policygraph.ingest.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Undoes what PDF extraction did to the gazette, one trap per method. Repairs only remove
 * artefacts (spaces, repeated headers, blank lines, duplicated fragments); they never add
 * or reorder words, so a repaired text means what the printed page says.
 */
public final class TextRepair {

	private static final Pattern WHITESPACE = Pattern.compile("\\s+");

	private TextRepair() {
	}

	/**
	 * Part of Annex 1 was extracted with spaces inside words ("儿童健康 管理", "省 卫 生 计 生 委",
	 * "中 央、省财政适 当 补 助"). A space goes when one side is wide (a Han character or CJK
	 * punctuation) and the other side is wide or numeric (a digit, % or ‰): Chinese puts
	 * no spaces there. A space next to a Latin letter stays ("金融 IC 卡").
	 */
	public static String joinBrokenWords(String text) {
		String stripped = text.strip();
		Matcher m = WHITESPACE.matcher(stripped);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			int before = stripped.codePointBefore(m.start());
			int after = stripped.codePointAt(m.end());
			boolean join = (isWide(before) && (isWide(after) || isNumeric(after)))
					|| (isWide(after) && isNumeric(before));
			m.appendReplacement(out, join ? "" : " ");
		}
		m.appendTail(out);
		return out.toString();
	}

	/**
	 * Document titles are printed over several lines, and extraction left a space at each
	 * break ("吉林省人民政府办公厅 关于大力发展装配式建筑的实施意见"). Those spaces go. A space that separates two
	 * issuing organs before 关于 ("中共中央 国务院关于…的若干意见", a joint document) is the printed
	 * convention for joint issuers and stays, as one space.
	 */
	public static String joinTitle(String title) {
		String text = title.strip();
		int about = text.indexOf("关于");
		Matcher m = WHITESPACE.matcher(text);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			boolean jointIssuers = about > m.end() && isHan(text.codePointBefore(m.start()))
					&& isHan(text.codePointAt(m.end()));
			m.appendReplacement(out, jointIssuers ? " " : "");
		}
		m.appendTail(out);
		return out.toString();
	}

	/** Each page of a table repeats its header row; only the first one is the header. */
	public static List<SourceLine> dropRepeatedHeaders(List<SourceLine> lines, String header) {
		return lines.stream().filter(line -> !line.trimmed().equals(header.strip())).toList();
	}

	/**
	 * Page breaks leave blank lines between the rows of a table; they separate nothing.
	 */
	public static List<SourceLine> dropBlankLines(List<SourceLine> lines) {
		return lines.stream().filter(line -> !line.isBlank()).toList();
	}

	/**
	 * A page break can cut a row in two: the first part has fewer cells than the table,
	 * the next line does not start a row, and the two parts together have exactly the
	 * table's cells (the cut cell counted once). Only then are they joined; anything else
	 * stays a short row for the parser to reject.
	 */
	public static List<TableRow> joinSplitRows(List<SourceLine> lines, int columns, Predicate<String> startsRow) {
		List<TableRow> rows = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			SourceLine line = lines.get(i);
			List<String> cells = cells(line.text());
			if (cells.size() < columns && i + 1 < lines.size()) {
				SourceLine next = lines.get(i + 1);
				List<String> rest = cells(next.text());
				if (!startsRow.test(rest.get(0)) && cells.size() + rest.size() - 1 == columns) {
					List<String> joined = new ArrayList<>(cells.subList(0, cells.size() - 1));
					joined.add(joinAcrossPageBreak(cells.get(cells.size() - 1), rest.get(0)));
					joined.addAll(rest.subList(1, rest.size()));
					rows.add(new TableRow(line.number(), next.number(), joined));
					i++;
					continue;
				}
			}
			rows.add(new TableRow(line.number(), line.number(), cells));
		}
		return rows;
	}

	/**
	 * Joins text continued over a page break. Where the new page repeats the end of the
	 * old one ("…（责任单位：省住房城乡建设" / "建设厅、…"), the repeated fragment of two or more Han
	 * characters is kept once. A single repeated character is left alone: "学生" + "生活" is
	 * Chinese, not a duplicate.
	 */
	public static String joinAcrossPageBreak(String left, String right) {
		String a = left.strip();
		String b = right.strip();
		return a + b.substring(duplicatedFragment(a, b, 2).length());
	}

	/**
	 * Inside one table cell, a page break shows as a space with the same fragment on both
	 * sides ("地方各级政府和其 其他有关部门"); the fragment is kept once and the space goes.
	 */
	public static String dropDuplicatedFragment(String cell) {
		String text = cell.strip();
		Matcher m = WHITESPACE.matcher(text);
		while (m.find()) {
			String fragment = duplicatedFragment(text.substring(0, m.start()), text.substring(m.end()), 1);
			if (!fragment.isEmpty()) {
				return dropDuplicatedFragment(
						text.substring(0, m.start()) + text.substring(m.end() + fragment.length()));
			}
		}
		return text;
	}

	public static boolean isHan(int codePoint) {
		return codePoint >= 0 && Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
	}

	private static String duplicatedFragment(String left, String right, int minLength) {
		for (int k = Math.min(left.length(), right.length()); k >= minLength; k--) {
			String tail = left.substring(left.length() - k);
			if (right.startsWith(tail) && tail.codePoints().allMatch(TextRepair::isHan)) {
				return tail;
			}
		}
		return "";
	}

	private static List<String> cells(String line) {
		return List.of(line.split("\t", -1)).stream().map(String::strip).toList();
	}

	private static boolean isWide(int cp) {
		return isHan(cp) || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF)
				|| (cp >= 0x2018 && cp <= 0x201D) || cp == 0x2014 || cp == 0x2026;
	}

	private static boolean isNumeric(int cp) {
		return (cp >= '0' && cp <= '9') || cp == '%' || cp == '‰';
	}

}
