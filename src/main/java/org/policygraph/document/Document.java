package org.policygraph.document;

import java.time.LocalDate;
import java.util.List;

import org.neo4j.driver.types.Node;
import org.policygraph.neo4j.NodeValues;

/**
 * A document printed in an issue or ingested on its own, or known only because one cites
 * it. The disclosure platform's fields (indexNumber, publishedOn, topics, validity) are
 * null or empty for a document that came without its page.
 */
public record Document(String id, String key, String number, String title, String kind, String issuer,
		LocalDate issuedOn, List<String> addressees, boolean citedOnly, Source source, String indexNumber,
		LocalDate publishedOn, List<String> topics, String validity) {

	public static Document of(Node node) {
		return new Document(NodeValues.string(node, "id"), NodeValues.string(node, "key"),
				NodeValues.string(node, "number"), NodeValues.string(node, "title"), NodeValues.string(node, "kind"),
				NodeValues.string(node, "issuer"), NodeValues.date(node, "issuedOn"),
				NodeValues.strings(node, "addressees"), NodeValues.bool(node, "citedOnly"), Source.of(node),
				NodeValues.string(node, "indexNumber"), NodeValues.date(node, "publishedOn"),
				NodeValues.strings(node, "topics"), NodeValues.string(node, "validity"));
	}
}
