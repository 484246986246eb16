package org.policygraph.document;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import com.github.houbb.opencc4j.util.ZhConverterUtil;

/**
 * Chinese document numbers (发文字号) in their one canonical form. The same number is printed
 * with 〔〕, [], ［］, ﹝﹞, 【】, () or （） around the year, with spaces (ideographic ones too)
 * inside or before 号, with full-width digits (２０１７), and in mirrors converted to
 * traditional characters (吉政辦發〔2017〕52號); all give 吉政办发〔2017〕52号. Decree numbers
 * (国务院令第586号) have no year and stay as printed.
 */
public final class DocumentNumbers {

	private static final String OPEN = "〔\\[［﹝【(（";

	private static final String CLOSE = "〕\\]］﹞】)）";

	private static final Pattern YEAR_NUMBER = Pattern
		.compile("(\\p{IsHan}+)[" + OPEN + "]([^" + CLOSE + "]*)[" + CLOSE + "](.*)号");

	private static final Pattern DECREE = Pattern.compile("(\\p{IsHan}+令)第(\\d+)号");

	/** Java's \\s does not cover the ideographic space (U+3000) or a no-break space. */
	private static final Pattern SPACES = Pattern.compile("[\\s\\u3000\\u00A0\\uFEFF]+");

	private static final Pattern RANGE = Pattern.compile("(\\d+)[-—–~～](\\d+)");

	/**
	 * Something printed on a line of its own that is meant to be a document number,
	 * broken or not.
	 */
	private static final Pattern NUMBER_SHAPED = Pattern.compile("\\p{IsHan}{1,12}\\s*[" + OPEN + "][^" + CLOSE
			+ "]{0,8}[" + CLOSE + "]\\s*\\S{0,8}\\s*号" + "|\\p{IsHan}{1,12}令第\\S{0,8}号");

	/**
	 * The most characters {@link #NUMBER_SHAPED} matches once spaces are gone: 12 + 1 + 8
	 * + 1 + 8 + 1.
	 */
	private static final int NUMBER_SHAPED_LONGEST = 31;

	private DocumentNumbers() {
	}

	/**
	 * The canonical form of one document number.
	 * @throws IllegalArgumentException naming what is wrong (a year that is not four
	 * digits, a missing or non-numeric serial, a range where one number is expected, or
	 * no document number at all)
	 */
	public static String normalise(String printed) {
		// without 号 (only 號 becomes it in conversion) nothing can match: refused before
		// the converter, as most bracketed text a citation scan asks about is no number
		String text = printed.indexOf('号') < 0 && printed.indexOf('號') < 0 ? printed : canonicalCharacters(printed);
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
		String text = canonicalCharacters(printed);
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
	 * Without spaces, with ASCII digits and in simplified characters (the converter costs
	 * about 6 µs for a line, so the layout's check of every line asks for 号 first).
	 */
	public static String canonicalCharacters(String printed) {
		String text = SPACES.matcher(printed).replaceAll("");
		StringBuilder out = new StringBuilder(text.length());
		text.codePoints().forEach(cp -> out.appendCodePoint(cp >= '０' && cp <= '９' ? cp - '０' + '0' : cp));
		return ZhConverterUtil.toSimple(out.toString().replace('號', '号'));
	}

	/**
	 * True when a whole line looks like a document number, so that a broken one is
	 * reported, not skipped.
	 */
	public static boolean looksLikeNumber(String line) {
		if (line.indexOf('号') < 0 && line.indexOf('號') < 0) {
			return false;
		}
		// the conversion keeps the number of characters (OpenCC maps character for
		// character and phrase for phrase of the same length), so a line longer than any
		// number-shaped one is none, without converting it
		String text = SPACES.matcher(line).replaceAll("");
		if (text.codePointCount(0, text.length()) > NUMBER_SHAPED_LONGEST) {
			return false;
		}
		return NUMBER_SHAPED.matcher(canonicalCharacters(line)).matches();
	}

}
