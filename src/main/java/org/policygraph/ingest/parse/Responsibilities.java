package org.policygraph.ingest.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.policygraph.department.GenericParties;
import org.policygraph.department.UnitResolver;
import org.policygraph.department.UnknownDepartmentException;
import org.policygraph.ingest.record.AssignmentRole;
import org.policygraph.ingest.record.TaskAssignmentRecord;
import org.policygraph.ingest.record.TaskRecord;

/**
 * The reading of responsibility phrases such as "省发展改革委、财政厅牵头，其他有关部门按职责分工负责": every unit
 * a responsibility column or annotation names, in printed order, with its role
 * ({@link #assignments}: 省发展改革委 and 省财政厅 leading, 其他有关部门 responsible), or just its
 * departments ({@link #units}). A clause's last words say its role (分别牵头 and 牵头 lead; 负责,
 * 配合, 按职责分工负责 or nothing carry it); 、 and 等 separate its units; a generic party joined by
 * 和 (地方各级政府和其他有关部门) is split off. Generic parties are recognised by
 * {@link GenericParties}; every other mention must be a registered department.
 */
final class Responsibilities {

	private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u3000]+");

	/** 55号 prints its units as "（责任单位：省住房城乡建设厅、省公安厅）"; the label is not a unit. */
	private static final Pattern ANNOTATION_LABEL = Pattern.compile("^[（(]?责任单位[：:]|[）)。]$");

	private static final Pattern CLAUSES = Pattern.compile("[，,；;]");

	private static final Pattern UNITS = Pattern.compile("[、等]");

	/** Longest first, so that 分别牵头 is not read as 分别 + 牵头. */
	private static final List<String> LEAD_SUFFIXES = List.of("分别牵头", "牵头");

	private static final List<String> RESPONSIBLE_SUFFIXES = List.of("负责", "配合");

	/** How, not who: "其他有关部门按职责分工负责". */
	private static final String BY_DIVISION_OF_DUTIES = "按职责分工";

	/** Annex 2 row 25 prints "和其 其他" (a character doubled at a line wrap). */
	private static final Pattern DOUBLED = Pattern.compile("和其其他");

	private final UnitResolver resolver;

	Responsibilities(UnitResolver resolver) {
		this.resolver = resolver;
	}

	/**
	 * The departments of a responsibility column or annotation, in printed order, each
	 * once: "省发展改革委、财政厅牵头，其他有关部门按职责分工负责" gives [省发展改革委, 省财政厅].
	 * @throws UnknownDepartmentException when a mention is neither a registered
	 * department nor a generic party
	 */
	List<String> units(String text) {
		return TaskRecord.departments(assignments(text));
	}

	/**
	 * Every unit with its role, generic parties included, in printed order.
	 * @throws UnknownDepartmentException when a mention is neither a registered
	 * department nor a generic party
	 */
	List<TaskAssignmentRecord> assignments(String text) {
		String phrase = ANNOTATION_LABEL.matcher(WHITESPACE.matcher(text).replaceAll("")).replaceAll("");
		phrase = DOUBLED.matcher(phrase).replaceAll("和其他");
		List<TaskAssignmentRecord> assignments = new ArrayList<>();
		for (String clause : CLAUSES.split(phrase)) {
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
					assignments.addAll(mention(mention, role));
				}
			}
		}
		return assignments;
	}

	/**
	 * One mention: a department, a generic party, or both joined by 和.
	 * @throws UnknownDepartmentException naming the mention when it is none of these
	 */
	List<TaskAssignmentRecord> mention(String mention, AssignmentRole role) {
		String unit = mention.endsWith(BY_DIVISION_OF_DUTIES)
				? mention.substring(0, mention.length() - BY_DIVISION_OF_DUTIES.length()) : mention;
		Optional<TaskAssignmentRecord> one = unit(unit, role);
		if (one.isPresent()) {
			return List.of(one.get());
		}
		for (int and = unit.indexOf('和'); and > 0; and = unit.indexOf('和', and + 1)) {
			Optional<TaskAssignmentRecord> left = unit(unit.substring(0, and), role);
			Optional<TaskAssignmentRecord> right = unit(unit.substring(and + 1), role);
			if (left.isPresent() && right.isPresent()) {
				return List.of(left.get(), right.get());
			}
		}
		// not a unit of any kind: the registry's error, naming the mention as printed
		return List.of(new TaskAssignmentRecord(resolver.resolve(mention), role, false));
	}

	/**
	 * A generic party or a department a registry knows, or empty when the mention is
	 * neither; never invents an organisation (a lenient resolver would), so callers can
	 * try candidate readings. A generic party is recognised first: its shape says it is
	 * nobody's department.
	 */
	Optional<TaskAssignmentRecord> unit(String mention, AssignmentRole role) {
		Optional<String> party = GenericParties.recognise(mention);
		if (party.isPresent()) {
			return Optional.of(new TaskAssignmentRecord(party.get(), role, true));
		}
		return resolver.known(mention).map(department -> new TaskAssignmentRecord(department, role, false));
	}

}
