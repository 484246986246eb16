package org.policygraph.funding;

/**
 * Chinese and English labels of payers, for maps and answers; the enum names are the
 * API's keys.
 */
public final class PayerNames {

	private PayerNames() {
	}

	public static String chinese(Payer payer) {
		return switch (payer.name()) {
			case "CENTRAL" -> "中央";
			case "PROVINCE" -> "省";
			case "CITY" -> "市（州）";
			case "COUNTY" -> "县（市、区）";
			case "EMPLOYER" -> "用人单位";
			case "INDIVIDUAL" -> "个人";
			case "SOCIAL_INSURANCE_FUND" -> "社会保险基金";
			case "SOCIETY" -> "社会";
			case "LOCAL" -> "地方政府";
			case "GOVERNMENT" -> "政府（未指明层级）";
			case "INSURED" -> "参保方";
			default -> payer.name();
		};
	}

	public static String english(Payer payer) {
		return switch (payer.name()) {
			case "CENTRAL" -> "Central government";
			case "PROVINCE" -> "Provincial government";
			case "CITY" -> "City / prefecture government";
			case "COUNTY" -> "County government";
			case "EMPLOYER" -> "Employer";
			case "INDIVIDUAL" -> "Individual";
			case "SOCIAL_INSURANCE_FUND" -> "Social insurance fund";
			case "SOCIETY" -> "Society (donations, social capital)";
			case "LOCAL" -> "Local governments (levels not stated)";
			case "GOVERNMENT" -> "Government (level not stated)";
			case "INSURED" -> "The insured (contributors, split not stated)";
			default -> payer.name().charAt(0) + payer.name().substring(1).toLowerCase().replace('_', ' ');
		};
	}

}
