package org.policygraph.ingest.parse;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who issued a cited document, as far as the citation itself says: the organs a title
 * names before 关于 (国务院关于…, 中共中央 国务院关于…), else the organ whose code (机关代字) begins the
 * number (国办发 is 国务院办公厅), else the organ of a decree (教育部令第39号 is 教育部's). Null when
 * neither says, or the code is not one this table knows: the graph does not guess.
 */
final class Issuers {

	/** Organs, possibly several separated by spaces, then 关于; a title never starts so. */
	private static final Pattern TITLE = Pattern.compile("^(\\p{IsHan}[\\p{IsHan} ]{1,30}?)\\s*关于");

	private static final Pattern DECREE = Pattern.compile("^(\\p{IsHan}+)令第\\d+号$");

	private static final Pattern CODE = Pattern.compile("^(\\p{IsHan}+?)〔\\d{4}〕\\d+号$");

	/**
	 * The codes of the organs whose documents the gazettes cite (GB/T 9704: 机关代字 + 〔year〕
	 * + serial).
	 */
	private static final Map<String, String> ORGAN_CODES = Map.ofEntries(Map.entry("国发", "国务院"),
			Map.entry("国办发", "国务院办公厅"), Map.entry("国函", "国务院"), Map.entry("国办函", "国务院办公厅"), Map.entry("中发", "中共中央"),
			Map.entry("中办发", "中共中央办公厅"), Map.entry("中央编办发", "中央机构编制委员会办公室"), Map.entry("吉政发", "吉林省人民政府"),
			Map.entry("吉政办发", "吉林省人民政府办公厅"), Map.entry("吉政函", "吉林省人民政府"), Map.entry("吉政办函", "吉林省人民政府办公厅"),
			Map.entry("吉政干任", "吉林省人民政府"), Map.entry("吉残联发", "吉林省残疾人联合会"));

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
		if (number == null) {
			return null;
		}
		Matcher decree = DECREE.matcher(number);
		if (decree.matches()) {
			return decree.group(1);
		}
		Matcher code = CODE.matcher(number);
		return code.matches() ? ORGAN_CODES.get(code.group(1)) : null;
	}

}
