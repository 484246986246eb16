package org.policygraph.neo4j;

import java.time.LocalDate;
import java.util.List;

import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;

/**
 * Null-tolerant reads of node properties, shared by the feature repositories' mappers.
 */
public final class NodeValues {

	private NodeValues() {
	}

	public static String string(MapAccessor node, String key) {
		Value v = node.get(key);
		return v.isNull() ? null : v.asString();
	}

	public static int integer(MapAccessor node, String key) {
		return node.get(key).asInt(0);
	}

	public static Integer nullableInteger(MapAccessor node, String key) {
		Value v = node.get(key);
		return v.isNull() ? null : v.asInt();
	}

	public static boolean bool(MapAccessor node, String key) {
		return node.get(key).asBoolean(false);
	}

	public static LocalDate date(MapAccessor node, String key) {
		Value v = node.get(key);
		return v.isNull() ? null : v.asLocalDate();
	}

	public static List<String> strings(MapAccessor node, String key) {
		Value v = node.get(key);
		return v.isNull() ? List.of() : v.asList(Value::asString);
	}

}
