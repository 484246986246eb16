package org.policygraph.department;

/**
 * A party named beside departments without naming one (其他有关部门, 地方各级政府): an organisation a
 * task is assigned to, never a department, so it answers no department query; one per
 * jurisdiction, like departments.
 *
 * @param jurisdictionCode the jurisdiction of the documents that name it, null when none
 * says
 */
public record GenericParty(String id, String name, String jurisdictionCode) implements Organization {
}
