package org.policygraph.document;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Chinese document numbers (发文字号) in their one canonical form. The same number is printed
 * with 〔〕, [], ［］, ﹝﹞, 【】, () or （） around the year and sometimes with a space before 号;
 * all give 吉政办发〔2017〕52号. Decree numbers (国务院令第586号) have no year and stay as printed.
 */
public final class DocumentNumbers {

	private static final String OPEN = "〔\\[［﹝【(（";

	private static final String CLOSE = "〕\\]］﹞】)）";

	private static final Pattern YEAR_NUMBER = Pattern
		.compile("(\\p{IsHan}+)[" + OPEN + "]([^" + CLOSE + "]*)[" + CLOSE + "](.*)号");

	private static final Pattern DECREE = Pattern.compile("(\\p{IsHan}+令)第(\\d+)号");

	private static final Pattern RANGE = Pattern.compile("(\\d+)[-—–~～](\\d+)");

	/**
	 * Something printed on a line of its own that is meant to be a document number,
	 * broken or not.
	 */
	private static final Pattern NUMBER_SHAPED = Pattern.compile("\\p{IsHan}{1,12}\\s*[" + OPEN + "][^" + CLOSE
			+ "]{0,8}[" + CLOSE + "]\\s*\\S{0,8}\\s*号" + "|\\p{IsHan}{1,12}令第\\S{0,8}号");

	private DocumentNumbers() {
	}

	/**
	 * The canonical form of one document number.
	 * @throws IllegalArgumentException naming what is wrong (a year that is not four
	 * digits, a missing or non-numeric serial, a range where one number is expected, or
	 * no document number at all)
	 */
	public static String normalise(String printed) {
		String text = printed.replaceAll("\\s+", "");
		Matcher decree = DECREE.matcher(text);
		if (decree.matches()) {
			return decree.group(1) + "第" + serial(decree.group(2), printed) + "号";
		}
		Matcher m = YEAR_NUMBER.matcher(text);
		if (!m.matches()) {
			throw new IllegalArgumentException("\"" + printed + "\" is not a document number like 吉政办发〔2017〕52号");
		}
		String year = m.group(2);
		String serial = m.group(3);
		if (!year.matches("\\d{4}")) {
			throw new IllegalArgumentException("the year in \"" + printed + "\" must have four digits, like 〔2017〕");
		}
		if (serial.isEmpty()) {
			throw new IllegalArgumentException("\"" + printed + "\" has no serial number before 号");
		}
		if (RANGE.matcher(serial).matches()) {
			throw new IllegalArgumentException("\"" + printed + "\" is a range of documents, not one document");
		}
		if (!serial.matches("\\d+")) {
			throw new IllegalArgumentException(
					"the serial number \"" + serial + "\" in \"" + printed + "\" is not a number");
		}
		return m.group(1) + "〔" + year + "〕" + serial(serial, printed) + "号";
	}

	/** Serials run to a few hundred a year; more than six digits is no serial. */
	private static int serial(String digits, String printed) {
		if (digits.length() > 6) {
			throw new IllegalArgumentException("the serial number in \"" + printed + "\" has " + digits.length()
					+ " digits; serials have at most 6");
		}
		return Integer.parseInt(digits);
	}

	/**
	 * The documents a printed number stands for: one, or several for a range such as the
	 * table of contents' 吉政干任[2017]37-40号.
	 */
	public static List<String> expand(String printed) {
		String text = printed.replaceAll("\\s+", "");
		Matcher m = YEAR_NUMBER.matcher(text);
		Matcher range = m.matches() ? RANGE.matcher(m.group(3)) : null;
		if (range == null || !range.matches()) {
			return List.of(normalise(printed));
		}
		int first = Integer.parseInt(range.group(1));
		int last = Integer.parseInt(range.group(2));
		if (last < first) {
			throw new IllegalArgumentException("the range in \"" + printed + "\" runs backwards");
		}
		return IntStream.rangeClosed(first, last)
			.mapToObj(serial -> normalise(m.group(1) + "〔" + m.group(2) + "〕" + serial + "号"))
			.toList();
	}

	/**
	 * True when a whole line looks like a document number, so that a broken one is
	 * reported, not skipped.
	 */
	public static boolean looksLikeNumber(String line) {
		return NUMBER_SHAPED.matcher(line.strip()).matches();
	}

}
