package org.policygraph.official;

import org.neo4j.driver.types.Node;
import org.policygraph.neo4j.NodeValues;

/**
 * A person named in a gazette. People are identified by name: the gazette gives nothing
 * more.
 */
public record Person(String id, String name) {

	public static Person of(Node node) {
		return new Person(NodeValues.string(node, "id"), NodeValues.string(node, "name"));
	}
}
