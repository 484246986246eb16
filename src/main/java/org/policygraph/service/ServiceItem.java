package org.policygraph.service;

import org.neo4j.driver.types.Node;
import org.policygraph.document.Source;
import org.policygraph.neo4j.NodeValues;

/**
 * A row of a basic public service list. Domain, funding shares and leads are loaded in
 * batches.
 */
public record ServiceItem(String id, int no, String name, String targetGroup, String standard, String fundingText,
		String fundingPattern, String documentKey, String sortKey, Source source) {

	public static ServiceItem of(Node node) {
		return new ServiceItem(NodeValues.string(node, "id"), NodeValues.integer(node, "no"),
				NodeValues.string(node, "name"), NodeValues.string(node, "targetGroup"),
				NodeValues.string(node, "standard"), NodeValues.string(node, "fundingText"),
				NodeValues.string(node, "fundingPattern"), NodeValues.string(node, "documentKey"),
				NodeValues.string(node, "sortKey"), Source.of(node));
	}
}
