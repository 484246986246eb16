package org.policygraph.neo4j;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The migrations on a real store: a new store ends as one that took every migration in
 * turn, with the full-text index V3 leaves out built once (by V9); a second start applies
 * nothing; a changed script is refused.
 */
class SchemaMigrationsIT {

	@TempDir
	Path dir;

	@Test
	@SuppressWarnings("unchecked")
	void aNewStoreGetsEverySchemaObjectOnceAndRecordsEveryVersion() {
		try (EmbeddedNeo4j db = EmbeddedNeo4j
			.start(new EmbeddedNeo4jProperties(dir.resolve("store"), 0, 64L << 20, Duration.ofMinutes(5)));
				Driver driver = GraphDatabase.driver(db.boltUri(), AuthTokens.none(),
						Config.builder().withoutEncryption().build())) {
			List<SchemaMigrations.Migration> all = SchemaMigrations.load();
			assertThat(new SchemaMigrations(driver).apply()).isEqualTo(all.size());
			try (var session = driver.session()) {
				Map<String, Object> search = session.run("""
						SHOW FULLTEXT INDEXES YIELD name, state, labelsOrTypes, properties, options
						WHERE name = 'search_text'
						RETURN state, labelsOrTypes, properties, options.indexConfig AS config
						""").single().asMap();
				assertThat(search).containsEntry("state", "ONLINE")
					.containsEntry("properties", List.of("searchText"))
					.containsEntry("labelsOrTypes",
							List.of("ServiceItem", "Task", "Document", "Department", "Company", "Person", "Indicator"));
				assertThat((Map<String, Object>) search.get("config")).containsEntry("fulltext.analyzer", "cjk")
					.containsEntry("fulltext.eventually_consistent", true);
				assertThat(session.run("MATCH (m:__Migration) RETURN m.version AS v ORDER BY v")
					.list(r -> r.get("v").asInt()))
					.isEqualTo(all.stream().map(SchemaMigrations.Migration::version).toList());
				// every other index and constraint the scripts name is there
				assertThat(session.run("SHOW INDEXES YIELD name RETURN name").list(r -> r.get("name").asString()))
					.contains("document_number", "service_item_no_in_list_order", "department_name_lookup",
							"service_item_id", "department_name_key");
			}
			assertThat(new SchemaMigrations(driver).apply()).isZero();

			try (var session = driver.session()) {
				session.run("MATCH (m:__Migration {version: 3}) SET m.checksum = 'edited'").consume();
			}
			assertThatIllegalStateException().isThrownBy(() -> new SchemaMigrations(driver).apply())
				.withMessageContaining("V3 changed after it was applied");
		}
	}

}
