package org.policygraph.document;

import java.time.LocalDate;

/**
 * The conditions of {@code documents(where:)}; every given one must hold.
 *
 * @param jurisdiction the code of the document's jurisdiction (the controller resolves
 * the name the request gives, as {@code jurisdiction(name:)} does)
 * @param cites a cited document's number in any printed form, or its title
 */
record DocumentWhere(String jurisdiction, String issuer, String kind, LocalDate issuedFrom, LocalDate issuedTo,
		String cites, String text) {

	static final DocumentWhere NONE = new DocumentWhere(null, null, null, null, null, null, null);

}
