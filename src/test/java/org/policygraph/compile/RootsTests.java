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
			if (root.getValue() instanceof Roots.ServiceItemCounts counts) {
				for (String grouping : new String[] { "LEAD_DEPARTMENT", "DOMAIN", "FUNDING_PATTERN", "PAYER" }) {
					String cypher = Renderer.getDefaultRenderer()
						.render(counts.statement(node, Cypher.mapOf("name", Cypher.property(node, "name")), grouping));
					assertThat(cypher).as(grouping).doesNotContainPattern("[A-Za-z]{8}\\d{3}").contains("v0.name");
				}
				continue;
			}
			String cypher = Renderer.getDefaultRenderer()
				.render(root.getValue().statement(node, Cypher.mapOf("name", Cypher.property(node, "name"))));
			assertThat(cypher).as(root.getKey()).doesNotContainPattern("[A-Za-z]{8}\\d{3}").contains("v0.name");
		}
	}

	/**
	 * serviceItemCounts is the resolver's own statement around the projection: the
	 * grouping's rows made a map per group, in the statement's order.
	 */
	@Test
	void serviceItemCountsProjectTheResolversRows() {
		SymbolicName node = Cypher.name("v0");
		String cypher = Renderer.getDefaultRenderer()
			.render(Roots.all()
				.get("serviceItemCounts")
				.statement(node, Cypher.mapOf("key", Cypher.property(node, "key")), "DOMAIN"));
		assertThat(cypher)
			.startsWith("CALL () {" + org.policygraph.service.ServiceItemStatements.countsOfEveryItem("DOMAIN"))
			.endsWith("} WITH {key: key, englishName: english, count: count} AS v0 RETURN {key: v0.key} AS row");
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

	/**
	 * Both of serviceItem's statements seek and stop as ServiceItemRepository.withNo does
	 * (its plans are read by ServiceItemLookupIT): the hint, and both keys in ORDER BY.
	 */
	@Test
	void anItemByNumberIsASeekHintedAsTheRepositorysIs() {
		SymbolicName node = Cypher.name("v0");
		Root root = Roots.all().get("serviceItem");
		String earliest = Renderer.getDefaultRenderer()
			.render(root.statement(node, Cypher.mapOf("name", Cypher.property(node, "name")), false));
		assertThat(earliest)
			.contains("MATCH (v0:`ServiceItem` {no: $no}) USING INDEX SEEK v0:`ServiceItem`(no, sortKey)")
			.contains("WHERE v0.sortKey IS NOT NULL")
			.contains("ORDER BY v0.no ASC, v0.sortKey ASC LIMIT 1");
		String named = Renderer.getDefaultRenderer()
			.render(root.statement(node, Cypher.mapOf("name", Cypher.property(node, "name")), true));
		assertThat(named).contains("USING INDEX SEEK v0:`ServiceItem`(documentKey, no)")
			.contains("ORDER BY v0.sortKey ASC LIMIT 1");
	}

}
