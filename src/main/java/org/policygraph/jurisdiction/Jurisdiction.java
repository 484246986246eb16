package org.policygraph.jurisdiction;

import java.util.List;

import org.neo4j.driver.types.Node;
import org.policygraph.neo4j.NodeValues;

/**
 * One administrative division.
 *
 * @param code the GB/T 2260 code (吉林省 220000); the nation is 100000
 * @param shortNames the names it goes by besides its own (吉林, 吉)
 * @param parentCode null for the nation only
 * @param englishName the name in English (Siping, Shaanxi, Inner Mongolia)
 */
public record Jurisdiction(String id, String code, String name, List<String> shortNames, JurisdictionLevel level,
		String parentCode, String englishName) {

	public static final String NATIONAL_CODE = "100000";

	public Jurisdiction {
		shortNames = List.copyOf(shortNames);
	}

	public Jurisdiction(String code, String name, List<String> shortNames, JurisdictionLevel level, String parentCode,
			String englishName) {
		this(idOf(code), code, name, shortNames, level, parentCode, englishName);
	}

	/** Ids are by code: names change with reforms far more often than codes do. */
	public static String idOf(String code) {
		return "Jurisdiction:" + code;
	}

	public static Jurisdiction of(Node node) {
		return new Jurisdiction(NodeValues.string(node, "id"), NodeValues.string(node, "code"),
				NodeValues.string(node, "name"), NodeValues.strings(node, "shortNames"),
				JurisdictionLevel.valueOf(NodeValues.string(node, "level")), NodeValues.string(node, "parentCode"),
				NodeValues.string(node, "englishName"));
	}

}
