package org.policygraph.document;

import java.util.List;

import org.neo4j.driver.types.MapAccessor;
import org.policygraph.neo4j.NodeValues;

/**
 * Where a fact came from: its document, the first and last line in the gazette file and
 * the exact text.
 */
public record Source(String documentKey, List<Integer> lines, String text, String file) {

	/** Reads the src* properties every fact node carries; null when the node has none. */
	public static Source of(MapAccessor node) {
		if (node.get("srcFrom").isNull()) {
			return null;
		}
		return new Source(NodeValues.string(node, "srcDocument"),
				List.of(NodeValues.integer(node, "srcFrom"), NodeValues.integer(node, "srcTo")),
				NodeValues.string(node, "srcText"), NodeValues.string(node, "srcFile"));
	}
}
