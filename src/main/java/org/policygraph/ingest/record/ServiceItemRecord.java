package org.policygraph.ingest.record;

import java.util.List;

import org.policygraph.funding.Funding;

/**
 * One row of the basic public service list (Annex 1 of 52号), after text repair.
 *
 * @param documentKey the document whose annex lists the item
 * @param leadDepartments canonical department names in printed order
 */
public record ServiceItemRecord(String documentKey, int no, String domain, String name, String targetGroup,
		String standard, Funding funding, List<String> leadDepartments, SourceRef source) {

	public ServiceItemRecord {
		leadDepartments = List.copyOf(leadDepartments);
	}
}
