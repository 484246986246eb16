package org.policygraph.plan;

import org.neo4j.driver.types.Node;
import org.policygraph.document.Source;
import org.policygraph.neo4j.NodeValues;

/**
 * A development indicator; values as printed, null where the gazette prints "—" or
 * nothing.
 */
public record Indicator(String id, String name, String domain, String unit, String baseline, String target,
		String cumulative, String documentKey, Source source) {

	public static Indicator of(Node node) {
		return new Indicator(NodeValues.string(node, "id"), NodeValues.string(node, "name"),
				NodeValues.string(node, "domain"), NodeValues.string(node, "unit"), NodeValues.string(node, "baseline"),
				NodeValues.string(node, "target"), NodeValues.string(node, "cumulative"),
				NodeValues.string(node, "documentKey"), Source.of(node));
	}
}
