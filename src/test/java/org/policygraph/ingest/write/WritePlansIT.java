package org.policygraph.ingest.write;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Query;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.SimpleQueryRunner;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.policygraph.bench.CorpusGenerator;
import org.policygraph.department.DepartmentRegistry;
import org.policygraph.department.OrganizationDirectory;
import org.policygraph.ingest.GazetteIngester;
import org.policygraph.ingest.record.Gazette;
import org.policygraph.ingest.record.OrganizationRecord;
import org.policygraph.neo4j.EmbeddedNeo4j;
import org.policygraph.neo4j.EmbeddedNeo4jProperties;
import org.policygraph.neo4j.SchemaMigrations;
import org.policygraph.succession.Successions;
import org.policygraph.support.QueryPlans;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plans an issue batch's statements keep ({@link KeptPlans}) are made on the store as
 * the first batch finds it, in a fresh ingest an empty one, and are kept however large it
 * grows: every statement is planned here on an empty store with the parameters of a real
 * batch, and none scans a label, all nodes or a relationship type (every node is found by
 * an index), except the few that mean to read all of a kind.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WritePlansIT {

	/**
	 * Statements that read every node of a kind on purpose, by a piece of their text, and
	 * what the scan they may plan reads: the successions and lifetimes are replaced
	 * whole, once per run; the other printed documents are read for a title only once a
	 * stand-in of it was found (TitleCitations.adoptStandIns).
	 */
	private static final Map<String, String> INTENDED_SCANS = Map.of("MATCH ()-[s:SUCCEEDED_BY]->() DELETE s",
			":SUCCEEDED_BY]", "WHERE o.dissolved IS NOT NULL", "\"o:Organization\"", "title IN o.ownTitles",
			"o:Document");

	@TempDir
	static Path dir;

	private EmbeddedNeo4j db;

	private Driver driver;

	@BeforeAll
	void start() {
		db = EmbeddedNeo4j
			.start(new EmbeddedNeo4jProperties(dir.resolve("store"), 0, 64L << 20, Duration.ofMinutes(5)));
		driver = GraphDatabase.driver(db.boltUri(), AuthTokens.none(), Config.builder().withoutEncryption().build());
		new SchemaMigrations(driver).apply();
	}

	@AfterAll
	void stop() {
		driver.close();
		db.close();
	}

	@Test
	void everyStatementOfABatchFindsItsNodesByIndexOnAnEmptyStore() throws IOException {
		Successions successions;
		try (InputStream in = Files.newInputStream(Path.of("graph-seed", Successions.FILE_NAME))) {
			successions = Successions.load(in, Successions.FILE_NAME, DepartmentRegistry.loadDefault());
		}
		OrganizationDirectory directory = OrganizationDirectory.loadDefault();
		GazetteIngester parser = new GazetteIngester(directory, successions, null, false);
		List<Path> files = new ArrayList<>();
		files.add(Path.of("graph-seed/jilin-gazette-2017-22.txt"));
		files.addAll(CorpusGenerator.fromSeed(Path.of(".")).write(dir.resolve("corpus"), 9));
		List<Gazette> gazettes = new ArrayList<>();
		for (Path file : files) {
			gazettes.add(parser.parse(file.getFileName().toString(), Files.readAllBytes(file), false));
		}
		List<OrganizationRecord> organizations = directory.curated().stream().map(OrganizationRecord::of).toList();

		Map<String, Map<String, Object>> statements = new LinkedHashMap<>();
		try (var session = driver.session(); Transaction tx = session.beginTransaction()) {
			new GazetteWriter(driver, successions).write(new Recording(tx, statements),
					Batch.of(gazettes, organizations, true), Map.of("name", "plans", "hash", "x"));
			tx.rollback();
		}
		// every writer's statements, the interpretations, companies and generic parties
		// among them
		assertThat(statements).hasSizeGreaterThanOrEqualTo(20)
			.allSatisfy((cypher, parameters) -> assertThat(cypher).startsWith(KeptPlans.OPTION));
		assertThat(statements.keySet()).anyMatch(s -> s.contains("MERGE (d)-[:INTERPRETS]->(target)"))
			.anyMatch(s -> s.contains("MERGE (n:Company {id: row.id})"))
			.anyMatch(s -> s.contains("MERGE (g:GenericParty {id: row.id})"));

		statements.forEach((cypher, parameters) -> {
			List<String> operators = QueryPlans.operators(driver, cypher, parameters);
			List<String> scans = operators.stream()
				.filter(o -> o.matches("(NodeByLabelScan|AllNodesScan|\\w*RelationshipTypeScan|NodeIndexScan).*"))
				.filter(o -> INTENDED_SCANS.entrySet()
					.stream()
					.noneMatch(intended -> cypher.contains(intended.getKey()) && o.contains(intended.getValue())))
				.toList();
			assertThat(scans).as("%s%n%s", cypher, String.join("\n", operators)).isEmpty();
		});
	}

	/** Runs what it is given and keeps each statement once, with its parameters. */
	private record Recording(Transaction tx, Map<String, Map<String, Object>> statements) implements SimpleQueryRunner {

		@Override
		public Result run(String query, Value parameters) {
			this.statements.putIfAbsent(query, parameters.asMap());
			return this.tx.run(query, parameters);
		}

		@Override
		public Result run(String query, Map<String, Object> parameters) {
			return run(query, Values.value(parameters));
		}

		@Override
		public Result run(String query, Record parameters) {
			return run(query, parameters.asMap());
		}

		@Override
		public Result run(String query) {
			return run(query, Map.of());
		}

		@Override
		public Result run(Query query) {
			return run(query.text(), query.parameters());
		}

	}

}
