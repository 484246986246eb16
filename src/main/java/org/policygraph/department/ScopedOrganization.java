package org.policygraph.department;

import java.util.List;

/**
 * An organisation as the graph keeps it: a jurisdiction plus the name it is printed by
 * there. Two bodies that share a printed name in different places (the 省财政厅 of 吉林省 and of
 * 河南省) are two organisations, told apart by their full names.
 *
 * @param jurisdictionCode the GB/T 2260 code of its jurisdiction
 * @param name the name as printed in its own jurisdiction (省财政厅)
 * @param fullName the name that is unique in the country (吉林省财政厅)
 * @param englishName null for an unverified organisation
 * @param kind a {@link DepartmentKind} name; null for an unverified organisation
 * @param verified false when no registry or template knows the name: the ingest reports
 * it and the graph keeps it as printed
 * @param formerIds ids it had before organisations were scoped (Department:省财政厅), which
 * keep resolving
 */
public record ScopedOrganization(String jurisdictionCode, String name, String fullName, String englishName, String kind,
		List<String> aliases, boolean verified, List<String> formerIds) {

	public ScopedOrganization {
		aliases = List.copyOf(aliases);
		formerIds = List.copyOf(formerIds);
	}

	public boolean company() {
		return DepartmentKind.STATE_OWNED_ENTERPRISE.name().equals(kind);
	}

	/** By full name, which is unique in the country: Department:吉林省财政厅. */
	public String id() {
		return idOf(company(), fullName);
	}

	public static String idOf(boolean company, String fullName) {
		return (company ? "Company:" : "Department:") + fullName;
	}

}
