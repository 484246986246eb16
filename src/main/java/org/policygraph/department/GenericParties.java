package org.policygraph.department;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Parties a text names beside departments without naming a department: 其他有关部门, 相关部门,
 * 省直相关部门, 地方各级政府, 各市（州）政府, 县级政府, 省级价格主管部门. They are organisations of their own kind,
 * never departments, and never a registry miss: a mention is generic only when its whole
 * shape says so (a collective or a level, then 部门 or 政府), so a misspelt department is
 * still an error.
 */
public final class GenericParties {

	private static final String LEVEL = "(?:地方各级|各级|省级|市级|县级|乡镇|各市（州）、县（市）|各市\\(州\\)、县\\(市\\)|各市（州）|各县（市）|各地|当地|本级|同级)";

	private static final Pattern GENERIC = Pattern.compile("^(?:(?:其他|各|省直|省直各|其他各)?(?:有关|相关)部门" + "|" + LEVEL
			+ "(?:人民)?政府" + "|" + "(?:省级|市级|县级|各级)\\p{IsHan}{2,10}?(?:主管|行政)部门)$");

	private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u3000]+");

	private GenericParties() {
	}

	/**
	 * The party's name as printed (without spaces), when the mention is a generic party.
	 */
	public static Optional<String> recognise(String mention) {
		String name = WHITESPACE.matcher(mention).replaceAll("");
		return GENERIC.matcher(name).matches() ? Optional.of(name) : Optional.empty();
	}

}
