package org.policygraph.service;

import org.neo4j.driver.types.Node;
import org.policygraph.neo4j.NodeValues;

/** A domain of the service list (基本公共教育), with its English name. */
public record Domain(String id, String name, String englishName, int order) {

	public static Domain of(Node node) {
		return new Domain(NodeValues.string(node, "id"), NodeValues.string(node, "name"),
				NodeValues.string(node, "englishName"), NodeValues.integer(node, "order"));
	}
}
