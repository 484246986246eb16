package org.policygraph.department;

import java.time.LocalDate;

/** A state-owned company (吉林省吉盛资产管理有限公司): an organisation, but not a department. */
public record Company(String id, String name, String fullName, String englishName, String kind, String jurisdictionCode,
		LocalDate foundedOn, LocalDate dissolvedOn) implements Organization {
}
