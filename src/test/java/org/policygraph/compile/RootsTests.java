package org.policygraph.compile;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.SymbolicName;
import org.neo4j.cypherdsl.core.renderer.Renderer;

import static org.assertj.core.api.Assertions.assertThat;

class RootsTests {

	/**
	 * Cypher-DSL names an anonymous node it has to refer to (count(node) does) with a
	 * generated name the statement never binds; the server refuses it.
	 */
	@Test
	void everyRootStatementBindsTheVariablesItUses() {
		SymbolicName node = Cypher.name("v0");
		for (Map.Entry<String, Root> root : Roots.all().entrySet()) {
			if (root.getValue() instanceof Root.Whole) {
				continue;
			}
			String cypher = Renderer.getDefaultRenderer()
				.render(root.getValue().statement(node, Cypher.mapOf("name", Cypher.property(node, "name"))));
			assertThat(cypher).as(root.getKey()).doesNotContainPattern("[A-Za-z]{8}\\d{3}").contains("v0.name");
		}
	}

	@Test
	void departmentsAreRankedByTheRepositorysSortKey() {
		SymbolicName node = Cypher.name("v0");
		String cypher = Renderer.getDefaultRenderer()
			.render(Roots.all()
				.get("departments")
				.statement(node, Cypher.mapOf("name", Cypher.property(node, "name"))));
		assertThat(cypher).contains("right(('000000' + toString((999999 - items))), 6)")
			.contains("+ '|') + v0.name) AS sortKey")
			.contains("ORDER BY sortKey ASC LIMIT $fetch");
	}

}
