package org.policygraph.ingest.record;

import java.util.Map;

/**
 * Where a document belongs and whom its unit names mean.
 *
 * @param jurisdictionCode from its issuer, else its number's issuing organ, else the
 * gazette's; null when none of them says
 * @param issuer the issuer its number's prefix gives, for a document that prints none (a
 * cited 国发 document is the State Council's); null otherwise
 * @param unitIds each unit name in the document's records, to the organisation's id
 */
public record DocumentScope(String jurisdictionCode, String issuer, Map<String, String> unitIds) {

	public DocumentScope {
		unitIds = Map.copyOf(unitIds);
	}

}
