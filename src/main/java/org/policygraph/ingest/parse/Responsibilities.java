package org.policygraph.ingest.parse;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.policygraph.department.GenericParties;
import org.policygraph.department.UnitResolver;
import org.policygraph.ingest.record.AssignmentRole;
import org.policygraph.ingest.record.TaskAssignmentRecord;

/**
 * The reading of responsibility phrases such as "省发展改革委、财政厅牵头，其他有关部门按职责分工负责": which units
 * a responsibility column or annotation names, in printed order ({@link #units}), and,
 * for a task, every unit with its role ({@link #read}): 省发展改革委 and 省财政厅 leading, 其他有关部门
 * responsible. A clause's last words say its role (分别牵头 and 牵头 lead; 按职责分工负责, 负责, 配合 or
 * nothing carry it); 、 and 等 separate its units; a generic party joined by 和
 * (地方各级政府和其他有关部门) is split off ({@link GenericParties}). Every other mention must be a
 * registered department.
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

	// --- who does what: every unit of a task with its role

	private static final Pattern CLAUSES = Pattern.compile("[，,；;]");

	private static final Pattern UNITS = Pattern.compile("[、等]");

	/** Longest first, so that 分别牵头 is not read as 分别 + 牵头. */
	private static final List<String> LEAD_SUFFIXES = List.of("分别牵头", "牵头");

	private static final List<String> RESPONSIBLE_SUFFIXES = List.of("按职责分工负责", "按职责分工", "负责", "配合");

	/** Annex 2 row 25 prints "和其 其他" (a character doubled at a line wrap). */
	private static final Pattern DOUBLED = Pattern.compile("和其其他");

	/**
	 * @throws GazetteFormatException naming the line when a mention is neither a
	 * registered department nor a generic party, or the phrase names nobody
	 */
	static List<TaskAssignmentRecord> read(Lookups lookups, String phrase, int line) {
		String compact = DOUBLED.matcher(phrase.replaceAll("[\\s\\u3000]+", "")).replaceAll("和其他");
		List<TaskAssignmentRecord> assignments = new ArrayList<>();
		for (String clause : CLAUSES.split(compact)) {
			AssignmentRole role = AssignmentRole.RESPONSIBLE;
			String body = clause;
			for (String suffix : LEAD_SUFFIXES) {
				if (body.endsWith(suffix)) {
					role = AssignmentRole.LEAD;
					body = body.substring(0, body.length() - suffix.length());
					break;
				}
			}
			for (String suffix : RESPONSIBLE_SUFFIXES) {
				if (role == AssignmentRole.RESPONSIBLE && body.endsWith(suffix)) {
					body = body.substring(0, body.length() - suffix.length());
					break;
				}
			}
			for (String mention : UNITS.split(body)) {
				if (!mention.isEmpty()) {
					assignments.addAll(mention(lookups, mention, role, line));
				}
			}
		}
		if (assignments.isEmpty()) {
			throw lookups.text().error(line, "\"" + phrase + "\" names no responsible unit");
		}
		return assignments;
	}

	/** One mention: a department, a generic party, or both joined by 和. */
	static List<TaskAssignmentRecord> mention(Lookups lookups, String mention, AssignmentRole role, int line) {
		Optional<TaskAssignmentRecord> one = resolve(lookups, mention, role);
		if (one.isPresent()) {
			return List.of(one.get());
		}
		for (int and = mention.indexOf('和'); and > 0; and = mention.indexOf('和', and + 1)) {
			Optional<TaskAssignmentRecord> left = resolve(lookups, mention.substring(0, and), role);
			Optional<TaskAssignmentRecord> right = resolve(lookups, mention.substring(and + 1), role);
			if (left.isPresent() && right.isPresent()) {
				return List.of(left.get(), right.get());
			}
		}
		// not a unit of any kind: the registry's error, with the line
		return List.of(new TaskAssignmentRecord(lookups.unit(mention, line), role, false));
	}

	static Optional<TaskAssignmentRecord> resolve(Lookups lookups, String mention, AssignmentRole role) {
		String department = lookups.unitOrNull(mention);
		if (department != null) {
			return Optional.of(new TaskAssignmentRecord(department, role, false));
		}
		return GenericParties.recognise(mention).map(party -> new TaskAssignmentRecord(party, role, true));
	}

}
