package org.policygraph.department;

import java.util.List;

/**
 * One registered unit, as reviewed by hand in {@code graph-seed/departments.tsv}.
 *
 * @param name the canonical name, in its most common printed form (省财政厅)
 * @param fullName the full official name (吉林省财政厅)
 * @param englishName the English name the unit uses for itself
 * @param aliases other printed forms that mean the same unit (财政厅, 省住建厅)
 */
public record DepartmentEntry(String name, String fullName, String englishName, DepartmentKind kind,
		List<String> aliases) {

	public DepartmentEntry {
		aliases = List.copyOf(aliases);
	}
}
