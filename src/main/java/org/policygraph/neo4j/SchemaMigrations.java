package org.policygraph.neo4j;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

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

	private static final Pattern CREATE = Pattern
		.compile("(?is)CREATE\\s+(?:\\w+\\s+)?(INDEX|CONSTRAINT)\\s+`?(\\w+)`?\\s+IF\\s+NOT\\s+EXISTS\\b.*");

	private static final Pattern DROP = Pattern
		.compile("(?is)DROP\\s+(INDEX|CONSTRAINT)\\s+`?(\\w+)`?\\s+IF\\s+EXISTS");

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
		List<Migration> pending = pending(load());
		List<List<String>> plan = plan(pending);
		for (int i = 0; i < pending.size(); i++) {
			applyOne(pending.get(i), plan.get(i));
		}
		if (!pending.isEmpty()) {
			// an index created over existing data (a bulk-imported store, an upgraded
			// one) populates in the background; reads after the start expect it whole,
			// but a store too large to index in minutes still starts, its indexes
			// coming online in the background
			try (var session = driver.session()) {
				session.executeWriteWithoutResult(tx -> tx.run("CALL db.awaitIndexes(240)").consume(), STARTUP_TIMEOUT);
			}
			catch (RuntimeException ex) {
				log.warn(
						"Indexes still populating after the schema migrations ({}); they come online in the background",
						ex.getMessage());
			}
		}
		return pending.size();
	}

	/** The migrations not yet applied, after checking those that were. */
	private List<Migration> pending(List<Migration> migrations) {
		Map<Integer, String> applied;
		try (var session = driver.session()) {
			applied = session.executeRead(
					tx -> tx.run("""
							MATCH (m:__Migration) RETURN m.version AS version, m.checksum AS checksum
							""")
						.list()
						.stream()
						.collect(Collectors.toMap(r -> r.get("version").asInt(), r -> r.get("checksum").asString())),
					STARTUP_TIMEOUT);
		}
		List<Migration> pending = new ArrayList<>();
		for (Migration migration : migrations) {
			String checksum = applied.get(migration.version());
			if (checksum == null) {
				pending.add(migration);
			}
			else if (!checksum.equals(migration.checksum())) {
				throw new IllegalStateException("schema migration V" + migration.version()
						+ " changed after it was applied; add a new migration instead");
			}
		}
		return pending;
	}

	/**
	 * The statements to run of each pending migration. History is append-only, so a later
	 * migration replaces an index by dropping and creating it again (V9 makes the
	 * full-text index of V3 eventually consistent); on a store that has neither, the
	 * first one would be built over the data only to be dropped, and the drop waits for
	 * its population (1.3 s on a bulk-imported store of 1,000 issues). So a creation is
	 * left out when a later pending statement drops it ({@code IF EXISTS}) and none in
	 * between names it: the store ends the same either way.
	 */
	static List<List<String>> plan(List<Migration> pending) {
		record At(int migration, String statement) {
		}
		List<At> all = new ArrayList<>();
		for (int i = 0; i < pending.size(); i++) {
			for (String statement : pending.get(i).statements()) {
				all.add(new At(i, statement));
			}
		}
		List<List<String>> plan = new ArrayList<>();
		pending.forEach(m -> plan.add(new ArrayList<>()));
		for (int i = 0; i < all.size(); i++) {
			At at = all.get(i);
			Matcher created = CREATE.matcher(at.statement());
			int droppedAt = created.matches()
					? droppedLater(all.stream().map(At::statement).toList(), i, created.group(1), created.group(2))
					: -1;
			if (droppedAt < 0) {
				plan.get(at.migration()).add(at.statement());
			}
			else {
				log.info("Schema migration V{}: {} {} is not built, V{} drops it",
						pending.get(at.migration()).version(), created.group(1).toLowerCase(Locale.ROOT),
						created.group(2), pending.get(all.get(droppedAt).migration()).version());
			}
		}
		return plan.stream().map(List::copyOf).toList();
	}

	/**
	 * Where a statement after {@code from} drops the index or constraint {@code name}, if
	 * none before it names it; otherwise -1.
	 */
	private static int droppedLater(List<String> statements, int from, String kind, String name) {
		Pattern named = Pattern.compile("(?<![\\w`])`?" + Pattern.quote(name) + "`?(?![\\w`])");
		for (int j = from + 1; j < statements.size(); j++) {
			Matcher dropped = DROP.matcher(statements.get(j));
			if (dropped.lookingAt() && dropped.group(1).equalsIgnoreCase(kind) && dropped.group(2).equals(name)) {
				return j;
			}
			if (named.matcher(statements.get(j)).find()) {
				return -1;
			}
		}
		return -1;
	}

	private void applyOne(Migration migration, List<String> statements) {
		try (var session = driver.session(SessionConfig.defaultConfig())) {
			// A statement per transaction: schema statements can't share one with data
			// writes, and a migration may need both (V0012: an index and the backfill it
			// reaches). Each statement is idempotent (IF NOT EXISTS, MERGE, a guarded
			// SET), so a migration interrupted between two is completed by the next
			// start.
			for (String statement : statements) {
				session.executeWriteWithoutResult(tx -> tx.run(statement).consume(), STARTUP_TIMEOUT);
			}
			session.executeWriteWithoutResult(
					tx -> tx
						.run("""
								MERGE (m:__Migration {version: $version})
								SET m.description = $description, m.checksum = $checksum, m.appliedAt = datetime()
								""",
								Map.of("version", migration.version(), "description", migration.description(),
										"checksum", migration.checksum()))
						.consume(),
					STARTUP_TIMEOUT);
			log.info("Applied schema migration V{} {}", migration.version(), migration.description());
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
