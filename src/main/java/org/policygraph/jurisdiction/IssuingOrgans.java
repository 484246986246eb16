package org.policygraph.jurisdiction;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who issued a document, read from its number's issuing-organ prefix (机关代字): 国发 is the
 * State Council's, 国办发 its General Office's, 吉政办发 the General Office of 吉林省, and a city's
 * 四政办发 the office of 四平市. A document known only by citation has nothing else to go by.
 */
public final class IssuingOrgans {

	/**
	 * The prefixes of the national organs, each with the organ, compared whole: 国办发 is
	 * the General Office, never 国 + 办发.
	 */
	private static final List<Map.Entry<String, String>> NATIONAL = List.of(Map.entry("中办发", "中共中央办公厅"),
			Map.entry("国办发", "国务院办公厅"), Map.entry("国办函", "国务院办公厅"), Map.entry("国务院", "国务院"), Map.entry("中发", "中共中央"),
			Map.entry("国发", "国务院"), Map.entry("国函", "国务院"), Map.entry("中央编办发", "中央机构编制委员会办公室"));

	/**
	 * After the place: which organ of its government. 政 is the people's government, 政办
	 * and 办 its general office, whatever the document kind (发, 函, 明电, 干任 …) that follows;
	 * 残联 the place's disabled persons' federation (吉残联发).
	 */
	private static final Pattern LOCAL = Pattern.compile("(\\p{IsHan}{1,4}?)(政办|政|府办|府|办|残联)(\\p{IsHan}{0,3})");

	private static final Pattern PREFIX = Pattern.compile("(\\p{IsHan}+?)(?:〔\\d{4}〕|令第)");

	/** What a number's prefix says: the jurisdiction and the organ that issued it. */
	public record Organ(Jurisdiction jurisdiction, String issuer) {
	}

	private final JurisdictionTable table;

	public IssuingOrgans(JurisdictionTable table) {
		this.table = table;
	}

	/**
	 * @param number a canonical document number (吉政办发〔2017〕52号)
	 * @param context the jurisdiction of the gazette or document that prints the number,
	 * whose prefectures' one-character prefixes (四 for 四平市) it decides; may be null
	 * @return empty when the prefix names no organ this table knows, or names several
	 */
	public Optional<Organ> of(String number, Jurisdiction context) {
		Matcher prefix = PREFIX.matcher(number == null ? "" : number);
		if (!prefix.lookingAt()) {
			return Optional.empty();
		}
		String organCode = prefix.group(1);
		for (Map.Entry<String, String> national : NATIONAL) {
			if (organCode.equals(national.getKey())) {
				return Optional.of(new Organ(table.nation(), national.getValue()));
			}
		}
		Matcher local = LOCAL.matcher(organCode);
		if (!local.matches()) {
			return Optional.empty();
		}
		return place(local.group(1), context).map(j -> new Organ(j, issuer(j, local.group(2))));
	}

	/**
	 * The national organs name no place: 国务院, 中共中央, 全国人大, and the ministries by their
	 * full names.
	 */
	private static final List<String> NATIONAL_ISSUERS = List.of("国务院", "中共中央", "全国人民代表大会", "中华人民共和国", "中央");

	private static final Pattern WHITESPACE = Pattern.compile("\\s+");

	/**
	 * The jurisdiction of an issuer as printed (吉林省人民政府办公厅 → 吉林省, 国务院办公厅 → the nation):
	 * the longest division name it starts with, where a name several divisions share
	 * (朝阳区) is the one within the context's province.
	 */
	public Optional<Jurisdiction> ofIssuer(String issuer, Jurisdiction context) {
		String text = issuer == null ? "" : WHITESPACE.matcher(issuer).replaceAll("");
		if (NATIONAL_ISSUERS.stream().anyMatch(text::startsWith)) {
			return Optional.of(table.nation());
		}
		for (int length = Math.min(text.length(), 12); length >= 2; length--) {
			List<Jurisdiction> named = table.named(text.substring(0, length));
			if (named.size() == 1) {
				return Optional.of(named.getFirst());
			}
			if (named.size() > 1 && context != null) {
				List<Jurisdiction> near = named.stream()
					.filter(j -> table.lineage(j).stream().anyMatch(a -> a.equals(province(context))))
					.toList();
				return near.size() == 1 ? Optional.of(near.getFirst()) : Optional.empty();
			}
			if (named.size() > 1) {
				return Optional.empty();
			}
		}
		return Optional.empty();
	}

	private Jurisdiction province(Jurisdiction j) {
		return table.lineage(j).stream().filter(a -> a.level() == JurisdictionLevel.PROVINCE).findFirst().orElse(null);
	}

	/**
	 * 吉 and 吉林 are the province anywhere; 四 or 四平 is a prefecture of the context's
	 * province when exactly one of them goes by it.
	 */
	private Optional<Jurisdiction> place(String code, Jurisdiction context) {
		List<Jurisdiction> provinces = table.lookup(code)
			.stream()
			.filter(j -> j.level() == JurisdictionLevel.PROVINCE)
			.toList();
		if (provinces.size() == 1) {
			return Optional.of(provinces.getFirst());
		}
		Jurisdiction province = context == null ? null : province(context);
		if (province == null) {
			return Optional.empty();
		}
		List<Jurisdiction> prefectures = table.children(province.code())
			.stream()
			.filter(j -> j.level() == JurisdictionLevel.PREFECTURE)
			.filter(j -> j.name().startsWith(code) && !j.name().equals(code))
			.toList();
		return prefectures.size() == 1 ? Optional.of(prefectures.getFirst()) : Optional.empty();
	}

	/**
	 * 吉林省人民政府办公厅, 四平市人民政府办公室: a province-level government's office is a 厅, below it a 室.
	 */
	private static String issuer(Jurisdiction j, String organ) {
		if (organ.equals("残联")) {
			return j.name() + "残疾人联合会";
		}
		String government = j.name() + "人民政府";
		if (organ.equals("政") || organ.equals("府")) {
			return government;
		}
		return government + (j.level() == JurisdictionLevel.PROVINCE ? "办公厅" : "办公室");
	}

}
