package org.policygraph.ingest.record;

import java.util.List;

/**
 * A department or company from the curated registry, as the writer stores it.
 *
 * @param company true for state-owned companies (they are organisations, not departments)
 */
public record OrganizationRecord(String name, String fullName, String englishName, String kind, List<String> aliases,
		boolean company) {

	public OrganizationRecord {
		aliases = List.copyOf(aliases);
	}

}
