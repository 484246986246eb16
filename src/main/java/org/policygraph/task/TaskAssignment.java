package org.policygraph.task;

import org.policygraph.department.Organization;

/**
 * One unit's part in a task: a department, a company or a generic party, and its role
 * (LEAD or RESPONSIBLE).
 */
public record TaskAssignment(Organization unit, String role) {
}
