package org.policygraph.ingest.parse;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.policygraph.department.UnitResolver;

/**
 * The reading of responsibility phrases such as "省发展改革委、财政厅牵头，其他有关部门按职责分工负责": which units
 * a responsibility column or annotation names, in printed order.
 */
final class Responsibilities {

	/**
	 * Parts of a responsibility phrase that hand the work to everyone else rather than to
	 * a department; they are compared after whitespace and a trailing 负责 are removed.
	 * Anything not listed here must resolve.
	 */
	static final Set<String> GENERIC_PHRASES = Set.of("其他有关部门按职责分工", "有关部门按职责分工", "各有关部门按职责分工", "地方各级政府和其他有关部门按职责分工",
			// Annex 2 row 25 prints "和其 其他" (a doubled character at a line wrap); it is
			// still the generic phrase.
			"地方各级政府和其其他有关部门按职责分工", "其他有关部门", "其他相关部门", "有关部门", "相关部门", "各有关部门", "地方各级政府");

	/** Longest first, so that 分别牵头 is not read as 分别 + 牵头. */
	private static final List<String> ROLE_SUFFIXES = List.of("分别牵头", "牵头", "负责");

	private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u3000]+");

	private static final Pattern UNIT_SEPARATORS = Pattern.compile("[、，,；;]");

	/** 55号 prints its units as "（责任单位：省住房城乡建设厅、省公安厅）"; the label is not a unit. */
	private static final Pattern ANNOTATION_LABEL = Pattern.compile("^[（(]?责任单位[：:]|[）)。]$");

	private final UnitResolver resolver;

	Responsibilities(UnitResolver resolver) {
		this.resolver = resolver;
	}

	/**
	 * The units of a responsibility column or annotation, in printed order, e.g.
	 * "省发展改革委、财政厅牵头，其他有关部门按职责分工负责" gives [省发展改革委, 省财政厅] and
	 * "省卫生计生委、食品药品监管局、中医药管理局分别牵头，..." gives the three departments. Generic phrases
	 * (其他有关部门按职责分工负责, 地方各级政府) are not departments and are skipped.
	 * @throws org.policygraph.department.UnknownDepartmentException when any mention
	 * names no registered department
	 */
	List<String> units(String text) {
		String phrase = ANNOTATION_LABEL.matcher(WHITESPACE.matcher(text).replaceAll("")).replaceAll("");
		Set<String> units = new LinkedHashSet<>();
		for (String part : UNIT_SEPARATORS.split(phrase)) {
			String mention = withoutRoleSuffix(part);
			if (mention.isEmpty() || GENERIC_PHRASES.contains(mention)) {
				continue;
			}
			units.add(resolver.resolve(mention));
		}
		return List.copyOf(units);
	}

	private static String withoutRoleSuffix(String part) {
		for (String suffix : ROLE_SUFFIXES) {
			if (part.endsWith(suffix)) {
				return part.substring(0, part.length() - suffix.length());
			}
		}
		return part;
	}

}
