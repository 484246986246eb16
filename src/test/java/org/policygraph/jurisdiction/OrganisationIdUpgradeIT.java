package org.policygraph.jurisdiction;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.support.App;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A store written before organisations were scoped to jurisdictions is upgraded by the
 * versioned migration V0007: its departments keep their nodes under ids by full name, and
 * the ids frontends stored (Department:省财政厅) keep resolving.
 */
class OrganisationIdUpgradeIT {

	@TempDir
	static Path store;

	@Test
	void aStoreFromBeforeJurisdictionsIsUpgradedAndItsOldIdsResolve() {
		try (App before = App.embedded(store, Map.of("policygraph.seed.enabled", "false"))) {
			// the previous version's department node, before its migration had run
			try (var session = before.driver().session()) {
				session.executeWriteWithoutResult(tx -> {
					tx.run("MATCH (m:__Migration) WHERE m.version >= 7 DELETE m").consume();
					tx.run("""
							CREATE (:Department:Organization {id: 'Department:省财政厅', name: '省财政厅',
							  fullName: '吉林省财政厅', englishName: 'Department of Finance of Jilin Province',
							  kind: 'PROVINCIAL_DEPARTMENT', aliases: ['财政厅']})
							""").consume();
				});
			}
		}
		try (App upgraded = App.embedded(store, Map.of())) {
			try (var session = upgraded.driver().session()) {
				long finance = session
					.executeRead(tx -> tx.run("MATCH (d:Department {fullName: '吉林省财政厅'}) RETURN count(d) AS c")
						.single()
						.get("c")
						.asLong());
				assertThat(finance).as("one node: the seed wrote onto the upgraded node, not beside it").isEqualTo(1);
			}
			Map<String, Object> node = upgraded.graphql()
				.data("""
						{ node(id: "Department:省财政厅") { id ... on Department { jurisdiction { code } leads { totalCount } } } }
						""",
						"$.data.node");
			assertThat(node).containsEntry("id", "Department:吉林省财政厅")
				.containsEntry("jurisdiction", Map.of("code", "220000"))
				.containsEntry("leads", Map.of("totalCount", 43));
		}
	}

}
