package org.policygraph.department;

import java.time.LocalDate;
import java.util.List;

import org.neo4j.driver.types.Node;
import org.policygraph.neo4j.NodeValues;

/**
 * A government department or agency, by its canonical printed name (省财政厅), with its
 * lifetime where the reference data gives one.
 */
public record Department(String id, String name, String fullName, String englishName, String kind, List<String> aliases,
		LocalDate foundedOn, LocalDate dissolvedOn) implements Organization {

	public static Organization of(Node node) {
		if (node.hasLabel("Company")) {
			return new Company(NodeValues.string(node, "id"), NodeValues.string(node, "name"),
					NodeValues.string(node, "fullName"), NodeValues.string(node, "englishName"),
					NodeValues.string(node, "kind"), NodeValues.date(node, "foundedOn"),
					NodeValues.date(node, "dissolvedOn"));
		}
		return new Department(NodeValues.string(node, "id"), NodeValues.string(node, "name"),
				NodeValues.string(node, "fullName"), NodeValues.string(node, "englishName"),
				NodeValues.string(node, "kind"), NodeValues.strings(node, "aliases"),
				NodeValues.date(node, "foundedOn"), NodeValues.date(node, "dissolvedOn"));
	}

	public static Department department(Node node) {
		return (Department) of(node);
	}
}
