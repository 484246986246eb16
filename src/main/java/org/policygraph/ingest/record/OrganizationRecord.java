package org.policygraph.ingest.record;

import java.util.List;

import org.policygraph.department.ScopedOrganization;

/**
 * A department or company as the writer stores it: from a curated registry, from the
 * national template, or unverified (named in a document, known to neither).
 *
 * @param id by full name, unique in the country (Department:吉林省财政厅)
 * @param company true for state-owned companies (they are organisations, not departments)
 * @param formerIds ids it had before organisations were scoped, which keep resolving
 */
public record OrganizationRecord(String id, String name, String fullName, String englishName, String kind,
		List<String> aliases, boolean company, String jurisdictionCode, boolean verified, List<String> formerIds) {

	public OrganizationRecord {
		aliases = List.copyOf(aliases);
		formerIds = List.copyOf(formerIds);
	}

	public static OrganizationRecord of(ScopedOrganization org) {
		return new OrganizationRecord(org.id(), org.name(), org.fullName(), org.englishName(), org.kind(),
				org.aliases(), org.company(), org.jurisdictionCode(), org.verified(), org.formerIds());
	}

}
