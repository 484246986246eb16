package org.policygraph.ingest.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The place an issuer's name begins with: 四平市人民政府办公室 → 四平市, 吉林省人民政府办公厅 → 吉林省,
 * 延边朝鲜族自治州人民政府 → 延边朝鲜族自治州; a national organ (国务院办公厅) names none. This is the text's own
 * evidence of a document's place, kept until jurisdictions resolve it.
 */
public final class Places {

	private static final Pattern PLACE = Pattern
		.compile("^(\\p{IsHan}{2,10}?(?:特别行政区|自治区|自治州|自治县|地区|省|市|州|盟|县|区|旗))(?=\\p{IsHan})");

	private Places() {
	}

	/** The place, or null when the name begins with none. */
	public static String ofIssuer(String issuer) {
		if (issuer == null) {
			return null;
		}
		Matcher m = PLACE.matcher(issuer.strip());
		return m.find() ? m.group(1) : null;
	}

}
