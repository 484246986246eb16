package org.policygraph.succession;

import java.time.LocalDate;

import org.policygraph.department.Department;

/**
 * One body taking over another's functions, as the reference data states it.
 *
 * @param on the date the source gives, or null when it gives none
 * @param source the reform plan's title and where the statement was published
 */
public record Succession(Department from, Department to, SuccessionKind kind, LocalDate on, String source) {
}
