package org.policygraph.ingest.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who issued a cited document, as far as its citation says beyond the number's prefix
 * (which {@link org.policygraph.jurisdiction.IssuingOrgans} reads for every document):
 * the organs a title names before 关于 (国务院关于…, 中共中央 国务院关于…), else the organ of a decree
 * (教育部令第39号 is 教育部's). Null when neither says: the graph does not guess.
 */
final class Issuers {

	/** Organs, possibly several separated by spaces, then 关于; a title never starts so. */
	private static final Pattern TITLE = Pattern.compile("^(\\p{IsHan}[\\p{IsHan} ]{1,30}?)\\s*关于");

	private static final Pattern DECREE = Pattern.compile("^(\\p{IsHan}+)令第\\d+号$");

	private Issuers() {
	}

	/**
	 * @param title the title as printed, or null
	 * @param number the normalised number, or null
	 */
	static String of(String title, String number) {
		if (title != null) {
			Matcher organs = TITLE.matcher(title);
			if (organs.find()) {
				return organs.group(1).strip();
			}
		}
		Matcher decree = DECREE.matcher(number == null ? "" : number);
		return decree.matches() ? decree.group(1) : null;
	}

}
