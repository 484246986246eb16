package org.policygraph.compile;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.SymbolicName;
import org.neo4j.cypherdsl.core.renderer.Renderer;
import org.policygraph.support.QueryPlans;
import org.policygraph.support.SeededGraphIT;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The compiled department(name:) seeks the names' index (V0012) as the resolver does,
 * projection and all, instead of testing every department.
 */
class DepartmentByNameSeekIT extends SeededGraphIT {

	@Test
	void theCompiledLookupIsASeekOfTheNamesIndexAndNoScanOfDepartments() {
		SymbolicName node = Cypher.name("v0");
		String cypher = Renderer.getDefaultRenderer()
			.render(Roots.all().get("department").statement(node, Cypher.mapOf("name", Cypher.property(node, "name"))));
		List<String> operators = QueryPlans.operators(driver, cypher, Map.of("name", "财政厅"));
		assertThat(operators).as(cypher)
			.anyMatch(o -> o.startsWith("NodeIndexSeek") && o.contains("DepartmentName(key)"))
			.anyMatch(o -> o.startsWith("NodeUniqueIndexSeek") && o.contains("Department(id)"))
			.noneMatch(o -> o.contains("Scan"));
		try (var session = driver.session()) {
			List<String> rows = session.run(cypher, Map.of("name", "财政厅")).list(r -> r.get("fullName").asString());
			assertThat(rows).containsExactly("吉林省财政厅");
		}
	}

}
