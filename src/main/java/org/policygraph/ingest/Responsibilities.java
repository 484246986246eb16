package org.policygraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.policygraph.department.GenericParties;

/**
 * The units a responsibility phrase names, each with its role:
 * "省发展改革委、财政厅牵头，其他有关部门按职责分工负责" is 省发展改革委 and 省财政厅 leading and 其他有关部门 responsible. A
 * clause's last words say its role (分别牵头 and 牵头 lead; 按职责分工负责, 负责, 配合 or nothing carry
 * it); 、 and 等 separate its units; a generic party joined by 和 (地方各级政府和其他有关部门) is split
 * off. Every other mention must be a registered department.
 */
final class Responsibilities {

	private static final Pattern CLAUSES = Pattern.compile("[，,；;]");

	private static final Pattern UNITS = Pattern.compile("[、等]");

	/** Longest first, so that 分别牵头 is not read as 分别 + 牵头. */
	private static final List<String> LEAD_SUFFIXES = List.of("分别牵头", "牵头");

	private static final List<String> RESPONSIBLE_SUFFIXES = List.of("按职责分工负责", "按职责分工", "负责", "配合");

	/** Annex 2 row 25 prints "和其 其他" (a character doubled at a line wrap). */
	private static final Pattern DOUBLED = Pattern.compile("和其其他");

	private Responsibilities() {
	}

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
