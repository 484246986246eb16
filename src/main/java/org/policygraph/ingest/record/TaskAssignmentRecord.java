package org.policygraph.ingest.record;

/**
 * One unit's part in a task.
 *
 * @param unit the canonical department name (省财政厅), or a generic party's name as printed
 * (其他有关部门)
 * @param party true for a generic party: an organisation of its own kind, not a
 * department
 */
public record TaskAssignmentRecord(String unit, AssignmentRole role, boolean party) {
}
