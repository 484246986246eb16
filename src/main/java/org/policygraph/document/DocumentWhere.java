package org.policygraph.document;

import java.time.LocalDate;

/**
 * The conditions of {@code documents(where:)}; every given one must hold.
 *
 * @param jurisdiction the document's jurisdiction by name, short name or code
 * @param cites a cited document's number in any printed form, or its title
 */
record DocumentWhere(String jurisdiction, String issuer, String kind, LocalDate issuedFrom, LocalDate issuedTo,
		String cites, String text) {

	static final DocumentWhere NONE = new DocumentWhere(null, null, null, null, null, null, null);

}
