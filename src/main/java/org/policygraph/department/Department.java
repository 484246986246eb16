package org.policygraph.department;

import java.time.LocalDate;
import java.util.List;

import org.neo4j.driver.types.Node;
import org.policygraph.neo4j.NodeValues;

/**
 * A government department or agency, by its name as printed in its own jurisdiction
 * (省财政厅) and its full name (吉林省财政厅), with its lifetime where the reference data gives
 * one.
 *
 * @param jurisdictionCode the GB/T 2260 code of its jurisdiction
 * @param verified false when no registry or template knew the name
 */
public record Department(String id, String name, String fullName, String englishName, String kind, List<String> aliases,
		String jurisdictionCode, boolean verified, LocalDate foundedOn, LocalDate dissolvedOn) implements Organization {

	public static Organization of(Node node) {
		if (node.hasLabel("GenericParty")) {
			return new GenericParty(NodeValues.string(node, "id"), NodeValues.string(node, "name"),
					NodeValues.string(node, "jurisdictionCode"));
		}
		if (node.hasLabel("Company")) {
			return new Company(NodeValues.string(node, "id"), NodeValues.string(node, "name"),
					NodeValues.string(node, "fullName"), NodeValues.string(node, "englishName"),
					NodeValues.string(node, "kind"), NodeValues.string(node, "jurisdictionCode"),
					NodeValues.date(node, "foundedOn"), NodeValues.date(node, "dissolvedOn"));
		}
		return new Department(NodeValues.string(node, "id"), NodeValues.string(node, "name"),
				NodeValues.string(node, "fullName"), NodeValues.string(node, "englishName"),
				NodeValues.string(node, "kind"), NodeValues.strings(node, "aliases"),
				NodeValues.string(node, "jurisdictionCode"), NodeValues.bool(node, "verified"),
				NodeValues.date(node, "foundedOn"), NodeValues.date(node, "dissolvedOn"));
	}

	public static Department department(Node node) {
		return (Department) of(node);
	}
}
