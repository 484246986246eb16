package org.policygraph.ingest.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as the gazette prints them: 2017年6月29日, or 11月1日 when the year is given
 * elsewhere.
 */
public final class ChineseDates {

	public static final Pattern FULL = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日");

	public static final Pattern MONTH_DAY = Pattern.compile("(\\d{1,2})月(\\d{1,2})日");

	private ChineseDates() {
	}

	/**
	 * True for a line that is nothing but a full date: the date line under a document's
	 * signature.
	 */
	public static boolean isDateLine(String line) {
		return FULL.matcher(line.strip()).matches();
	}

	public static LocalDate full(GazetteText text, int line, String printed) {
		Matcher m = FULL.matcher(printed.strip());
		if (!m.find()) {
			throw text.error(line, "expected a date like 2017年6月29日, found \"" + printed.strip() + "\"");
		}
		return of(text, line, Integer.parseInt(m.group(1)), m.group(2), m.group(3), printed);
	}

	public static LocalDate monthDay(GazetteText text, int line, int year, String printed) {
		Matcher m = MONTH_DAY.matcher(printed.strip());
		if (!m.matches()) {
			throw text.error(line, "expected a date like 11月1日, found \"" + printed.strip() + "\"");
		}
		return of(text, line, year, m.group(1), m.group(2), printed);
	}

	private static LocalDate of(GazetteText text, int line, int year, String month, String day, String printed) {
		try {
			return LocalDate.of(year, Integer.parseInt(month), Integer.parseInt(day));
		}
		catch (DateTimeException ex) {
			throw text.error(line, "\"" + printed.strip() + "\" is not a date that exists", ex);
		}
	}

}
