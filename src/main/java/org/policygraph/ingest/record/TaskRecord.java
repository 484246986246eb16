package org.policygraph.ingest.record;

import java.util.List;

/**
 * A task with the units responsible for it.
 *
 * @param key stable key within the document, e.g. "annex2/13" or "三/(一)"
 * @param separateLeads true when the text says 分别牵头 (each unit leads its own part)
 * @param units canonical department names in printed order (every department the task
 * names, whatever its role)
 * @param assignments every unit with its role, generic parties included, in printed order
 */
public record TaskRecord(String documentKey, String key, TaskKind kind, String title, String text, List<String> units,
		List<TaskAssignmentRecord> assignments, boolean separateLeads, SourceRef source) {

	public TaskRecord {
		units = List.copyOf(units);
		assignments = List.copyOf(assignments);
	}

	/** The departments of these assignments, in printed order, each once. */
	public static List<String> departments(List<TaskAssignmentRecord> assignments) {
		return assignments.stream().filter(a -> !a.party()).map(TaskAssignmentRecord::unit).distinct().toList();
	}
}
