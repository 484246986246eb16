package org.policygraph.neo4j;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The versioned schema scripts are found, ordered and split into statements without their
 * comments.
 */
class SchemaMigrationsTests {

	@Test
	void migrationsAreLoadedInVersionOrderWithOneStatementPerSemicolon() {
		List<SchemaMigrations.Migration> migrations = SchemaMigrations.load();
		assertThat(migrations).extracting(SchemaMigrations.Migration::version).startsWith(1, 2, 3).isSorted();
		SchemaMigrations.Migration constraints = migrations.getFirst();
		assertThat(constraints.description()).isEqualTo("constraints");
		assertThat(constraints.statements()).allSatisfy(s -> {
			assertThat(s).startsWith("CREATE CONSTRAINT").doesNotContain("//").doesNotEndWith(";");
		});
		assertThat(constraints.statements()).anySatisfy(s -> assertThat(s).contains("ServiceItem").contains("UNIQUE"));
		assertThat(migrations.get(2).statements()).singleElement()
			.satisfies(s -> assertThat(s).contains("FULLTEXT INDEX").contains("'cjk'"));
	}

	@Test
	void anIndexThatALaterPendingMigrationDropsIsNotBuilt() {
		List<List<String>> plan = SchemaMigrations.plan(List.of(
				migration(3, "CREATE INDEX other IF NOT EXISTS FOR (n:A) ON (n.b)",
						"CREATE FULLTEXT INDEX search_text IF NOT EXISTS\nFOR (n:A) ON EACH [n.t]"),
				migration(9, "DROP INDEX search_text IF EXISTS",
						"CREATE FULLTEXT INDEX search_text IF NOT EXISTS\nFOR (n:A) ON EACH [n.t] OPTIONS {}")));
		assertThat(plan).containsExactly(List.of("CREATE INDEX other IF NOT EXISTS FOR (n:A) ON (n.b)"),
				List.of("DROP INDEX search_text IF EXISTS",
						"CREATE FULLTEXT INDEX search_text IF NOT EXISTS\nFOR (n:A) ON EACH [n.t] OPTIONS {}"));
	}

	@Test
	void aCreationIsKeptWhenItsDropCouldFailOrSomethingBetweenNamesIt() {
		String create = "CREATE INDEX by_name IF NOT EXISTS FOR (n:A) ON (n.name)";
		// without IF EXISTS the drop fails on a store that never had the index
		assertThat(SchemaMigrations.plan(List.of(migration(1, create), migration(2, "DROP INDEX by_name"))))
			.containsExactly(List.of(create), List.of("DROP INDEX by_name"));
		// a statement between may rely on the index
		String uses = "CALL db.index.fulltext.queryNodes('by_name', 'x') YIELD node SET node.seen = true";
		assertThat(SchemaMigrations
			.plan(List.of(migration(1, create), migration(2, uses), migration(3, "DROP INDEX by_name IF EXISTS"))))
			.containsExactly(List.of(create), List.of(uses), List.of("DROP INDEX by_name IF EXISTS"));
		// a drop of another kind, or of a name that only begins like it, is not its drop
		assertThat(SchemaMigrations.plan(List.of(migration(1, create),
				migration(2, "DROP CONSTRAINT by_name IF EXISTS", "DROP INDEX by_name_2 IF EXISTS"))))
			.containsExactly(List.of(create),
					List.of("DROP CONSTRAINT by_name IF EXISTS", "DROP INDEX by_name_2 IF EXISTS"));
	}

	@Test
	void onANewStoreOnlyTheFirstFullTextIndexIsLeftOut() {
		List<SchemaMigrations.Migration> all = SchemaMigrations.load();
		List<List<String>> plan = SchemaMigrations.plan(all);
		for (int i = 0; i < all.size(); i++) {
			if (all.get(i).version() == 3) {
				assertThat(plan.get(i)).isEmpty();
			}
			else {
				assertThat(plan.get(i)).isEqualTo(all.get(i).statements());
			}
		}
		// a store that has V3 already rebuilds the index in V9
		List<SchemaMigrations.Migration> fromV9 = all.stream().filter(m -> m.version() >= 9).toList();
		assertThat(SchemaMigrations.plan(fromV9).getFirst()).isEqualTo(fromV9.getFirst().statements())
			.anySatisfy(s -> assertThat(s).startsWith("DROP INDEX search_text"));
	}

	private static SchemaMigrations.Migration migration(int version, String... statements) {
		return new SchemaMigrations.Migration(version, "v" + version, "checksum" + version, List.of(statements));
	}

	@Test
	void aChecksumChangesWithTheScript() {
		assertThat(SchemaMigrations.sha256("CREATE INDEX a")).isNotEqualTo(SchemaMigrations.sha256("CREATE INDEX b"));
	}

}
