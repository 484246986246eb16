package org.policygraph.document;

import java.time.LocalDate;
import java.util.List;

import org.neo4j.driver.types.Node;
import org.policygraph.neo4j.NodeValues;

/** A document printed in an issue, or known only because one cites it. */
public record Document(String id, String key, String number, String title, String kind, String issuer,
		LocalDate issuedOn, List<String> addressees, boolean citedOnly, Source source) {

	public static Document of(Node node) {
		return new Document(NodeValues.string(node, "id"), NodeValues.string(node, "key"),
				NodeValues.string(node, "number"), NodeValues.string(node, "title"), NodeValues.string(node, "kind"),
				NodeValues.string(node, "issuer"), NodeValues.date(node, "issuedOn"),
				NodeValues.strings(node, "addressees"), NodeValues.bool(node, "citedOnly"), Source.of(node));
	}
}
