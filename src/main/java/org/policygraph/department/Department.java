package org.policygraph.department;

import java.util.List;

import org.neo4j.driver.types.Node;
import org.policygraph.neo4j.NodeValues;

/** A government department or agency, by its canonical printed name (省财政厅). */
public record Department(String id, String name, String fullName, String englishName, String kind,
		List<String> aliases) implements Organization {

	public static Organization of(Node node) {
		if (node.hasLabel("GenericParty")) {
			return new GenericParty(NodeValues.string(node, "id"), NodeValues.string(node, "name"));
		}
		if (node.hasLabel("Company")) {
			return new Company(NodeValues.string(node, "id"), NodeValues.string(node, "name"),
					NodeValues.string(node, "fullName"), NodeValues.string(node, "englishName"),
					NodeValues.string(node, "kind"));
		}
		return new Department(NodeValues.string(node, "id"), NodeValues.string(node, "name"),
				NodeValues.string(node, "fullName"), NodeValues.string(node, "englishName"),
				NodeValues.string(node, "kind"), NodeValues.strings(node, "aliases"));
	}

	public static Department department(Node node) {
		return (Department) of(node);
	}
}
