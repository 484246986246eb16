package org.policygraph.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.summary.Plan;

/**
 * A statement's plan as the database makes it (EXPLAIN): one line per operator, depth
 * first, its type without the runtime's suffix and its details, e.g.
 * {@code NodeIndexSeek k:DepartmentName(key) WHERE key IN [$name, toLower($name)]}. The
 * plan tests read from it that a lookup stays a seek as the store grows.
 */
public final class QueryPlans {

	private QueryPlans() {
	}

	public static List<String> operators(Driver driver, String cypher, Map<String, Object> parameters) {
		try (var session = driver.session()) {
			Plan plan = session.run("EXPLAIN " + cypher, parameters).consume().plan();
			List<String> operators = new ArrayList<>();
			collect(plan, operators);
			return operators;
		}
	}

	private static void collect(Plan plan, List<String> operators) {
		operators
			.add(plan.operatorType().replaceFirst("@.*", "") + " " + plan.arguments().getOrDefault("Details", null));
		plan.children().forEach(child -> collect(child, operators));
	}

}
