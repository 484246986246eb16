package org.policygraph.ingest.text;

/** Chinese numerals as used for section and domain numbers: 一 to 九十九. */
public final class ChineseNumerals {

	private static final String DIGITS = "零一二三四五六七八九";

	public static final String CHARACTERS = "一二三四五六七八九十";

	private ChineseNumerals() {
	}

	public static int parse(String numeral) {
		int ten = numeral.indexOf('十');
		if (ten < 0) {
			return digit(numeral);
		}
		int tens = ten == 0 ? 1 : digit(numeral.substring(0, ten));
		int units = ten == numeral.length() - 1 ? 0 : digit(numeral.substring(ten + 1));
		return tens * 10 + units;
	}

	private static int digit(String s) {
		int d = s.length() == 1 ? DIGITS.indexOf(s.charAt(0)) : -1;
		if (d < 0) {
			throw new IllegalArgumentException("\"" + s + "\" is not a Chinese numeral");
		}
		return d;
	}

}
