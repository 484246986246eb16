package org.policygraph.neo4j;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.policygraph.digest.Sha256;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Applies the versioned schema scripts in {@code neo4j/migrations/} once each, in version
 * order, and records them in the graph. A script whose content changed after it was
 * applied is an error: schema history is append-only.
 */
public final class SchemaMigrations {

	private static final Logger log = LoggerFactory.getLogger(SchemaMigrations.class);

	private static final Pattern NAME = Pattern.compile("V(\\d+)__(.+)\\.cypher");

	/**
	 * The first queries after a start compile cold, and schema statements wait for index
	 * population: on a busy machine that outlasts the database's default timeout, which
	 * is meant for queries.
	 */
	public static final TransactionConfig STARTUP_TIMEOUT = TransactionConfig.builder()
		.withTimeout(Duration.ofMinutes(5))
		.build();

	private final Driver driver;

	public SchemaMigrations(Driver driver) {
		this.driver = driver;
	}

	record Migration(int version, String description, String checksum, List<String> statements) {
	}

	public int apply() {
		int applied = 0;
		for (Migration migration : load()) {
			if (applyOne(migration)) {
				applied++;
			}
		}
		if (applied > 0) {
			// an index created over existing data (a bulk-imported store, an upgraded
			// one)
			// populates in the background; reads after the start expect it whole, but a
			// store too large to index in minutes still starts, its indexes coming online
			try (var session = driver.session()) {
				session.executeWriteWithoutResult(tx -> tx.run("CALL db.awaitIndexes(240)").consume(), STARTUP_TIMEOUT);
			}
			catch (RuntimeException ex) {
				log.warn(
						"Indexes still populating after the schema migrations ({}); they come online in the background",
						ex.getMessage());
			}
		}
		return applied;
	}

	private boolean applyOne(Migration migration) {
		try (var session = driver.session(SessionConfig.defaultConfig())) {
			String existing = session.executeRead(tx -> tx.run("""
					MATCH (m:__Migration {version: $version}) RETURN m.checksum AS checksum
					""", java.util.Map.of("version", migration.version()))
				.list(r -> r.get("checksum").asString())
				.stream()
				.findFirst()
				.orElse(null), STARTUP_TIMEOUT);
			if (existing != null) {
				if (!existing.equals(migration.checksum())) {
					throw new IllegalStateException("schema migration V" + migration.version()
							+ " changed after it was applied; add a new migration instead");
				}
				return false;
			}
			// A statement per transaction: schema statements can't share one with data
			// writes, and a migration may need both (V0012: an index and the backfill it
			// reaches). Each statement is idempotent (IF NOT EXISTS, MERGE, a guarded
			// SET), so a migration interrupted between two is completed by the next
			// start.
			for (String statement : migration.statements()) {
				session.executeWriteWithoutResult(tx -> tx.run(statement).consume(), STARTUP_TIMEOUT);
			}
			session.executeWriteWithoutResult(
					tx -> tx
						.run("""
								MERGE (m:__Migration {version: $version})
								SET m.description = $description, m.checksum = $checksum, m.appliedAt = datetime()
								""",
								java.util.Map.of("version", migration.version(), "description", migration.description(),
										"checksum", migration.checksum()))
						.consume(),
					STARTUP_TIMEOUT);
			log.info("Applied schema migration V{} {}", migration.version(), migration.description());
			return true;
		}
	}

	static List<Migration> load() {
		try {
			Resource[] resources = new PathMatchingResourcePatternResolver()
				.getResources("classpath*:neo4j/migrations/V*__*.cypher");
			List<Migration> migrations = Arrays.stream(resources)
				.map(SchemaMigrations::read)
				.sorted(Comparator.comparingInt(Migration::version))
				.toList();
			for (int i = 1; i < migrations.size(); i++) {
				if (migrations.get(i).version() == migrations.get(i - 1).version()) {
					// e.g. a renamed script whose old copy is still in target/classes
					throw new IllegalStateException("two schema migrations have version " + migrations.get(i).version()
							+ ": \"" + migrations.get(i - 1).description() + "\" and \""
							+ migrations.get(i).description() + "\"");
				}
			}
			return migrations;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Migration read(Resource resource) {
		Matcher name = NAME.matcher(resource.getFilename());
		if (!name.matches()) {
			throw new IllegalStateException("bad migration file name " + resource.getFilename());
		}
		try {
			String text = resource.getContentAsString(StandardCharsets.UTF_8);
			List<String> statements = Arrays.stream(text.split(";\\s*(\\n|$)"))
				.map(s -> s.lines().filter(l -> !l.strip().startsWith("//")).reduce("", (a, b) -> a + b + "\n").strip())
				.filter(s -> !s.isEmpty())
				.toList();
			return new Migration(Integer.parseInt(name.group(1)), name.group(2).replace('_', ' '), sha256(text),
					statements);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String sha256(String text) {
		return Sha256.hex(text);
	}

}
