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
	void aChecksumChangesWithTheScript() {
		assertThat(SchemaMigrations.sha256("CREATE INDEX a")).isNotEqualTo(SchemaMigrations.sha256("CREATE INDEX b"));
	}

}
