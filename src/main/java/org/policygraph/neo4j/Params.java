package org.policygraph.neo4j;

import java.util.HashMap;
import java.util.Map;

/**
 * Query parameters that may be null ({@link Map#of} rejects nulls; Cypher treats them as
 * "not given").
 */
public final class Params {

	private Params() {
	}

	public static Map<String, Object> of(Object... keysAndValues) {
		Map<String, Object> map = new HashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return map;
	}

}
