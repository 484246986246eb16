package org.policygraph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.policygraph.bench.CorpusGenerator;
import org.policygraph.department.DepartmentRegistry;
import org.policygraph.department.OrganizationDirectory;
import org.policygraph.ingest.BulkIngester;
import org.policygraph.ingest.GazetteIngester;
import org.policygraph.neo4j.EmbeddedNeo4j;
import org.policygraph.neo4j.EmbeddedNeo4jProperties;
import org.policygraph.neo4j.SchemaMigrations;
import org.policygraph.succession.Successions;
import org.policygraph.support.GraphFingerprint;

/**
 * The bulk path's shortcuts leave the graph exactly as writing every issue in a
 * transaction of its own, each with the reference data, does: batches of many issues, the
 * registry, payers and successions written with the first batch only, files parsed ahead
 * on another thread, the full-text index awaited once at the end. Twenty generated issues
 * of several provinces and the real one, compared node by node and relationship by
 * relationship; ingesting them again changes nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IngestBatchingIT {

	@TempDir
	static Path dir;

	private EmbeddedNeo4j db;

	private Driver driver;

	private GazetteIngester ingester;

	private List<Path> files;

	private Successions successions;

	@BeforeAll
	void start() throws IOException {
		db = EmbeddedNeo4j
			.start(new EmbeddedNeo4jProperties(dir.resolve("store"), 0, 64L << 20, Duration.ofMinutes(5)));
		driver = GraphDatabase.driver(db.boltUri(), AuthTokens.none(), Config.builder().withoutEncryption().build());
		new SchemaMigrations(driver).apply();
		Successions successions;
		try (InputStream in = Files.newInputStream(Path.of("graph-seed", Successions.FILE_NAME))) {
			successions = Successions.load(in, Successions.FILE_NAME, DepartmentRegistry.loadDefault());
		}
		ingester = new GazetteIngester(OrganizationDirectory.loadDefault(), successions, driver, false);
		this.successions = successions;
		files = new ArrayList<>();
		files.add(Path.of("graph-seed/jilin-gazette-2017-22.txt"));
		files.addAll(CorpusGenerator.fromSeed(Path.of(".")).write(dir.resolve("corpus"), 20));
	}

	@AfterAll
	void stop() {
		driver.close();
		db.close();
	}

	@Test
	void batchedWithReferenceDataOnceAndParsedAheadIsTheGraphOfOneIssueAtATime() throws IOException {
		for (Path file : files) {
			ingester.write(ingester.parse(file.getFileName().toString(), Files.readAllBytes(file), false), Map.of());
		}
		GraphFingerprint oneByOne = GraphFingerprint.of(driver);
		Map<String, Long> countsOneByOne = counts();
		assertThat(oneByOne.issues()).isEqualTo(21);

		wipe();
		GazetteIngester.Run run = ingester.ingestFiles(files, false, new GazetteIngester.Progress() {
		});
		assertThat(run.refused()).isZero();
		// the search index shows all of it as soon as the ingest returns
		assertThat(searchHits("免费义务教育")).isEqualTo(21);
		assertThat(counts()).isEqualTo(countsOneByOne);
		assertThat(GraphFingerprint.of(driver)).isEqualTo(oneByOne);

		ingester.ingestFiles(files, false, new GazetteIngester.Progress() {
		});
		assertThat(counts()).isEqualTo(countsOneByOne);
		assertThat(GraphFingerprint.of(driver)).isEqualTo(oneByOne);

		// the bulk path: CSV through Neo4j's importer into a new store, then the
		// successions, the empty lists and the search index with the store running
		Path bulkStore = dir.resolve("bulk");
		BulkIngester.Imported imported = BulkIngester.importFiles(ingester, files, false, bulkStore, dir.resolve("csv"),
				System.out, new GazetteIngester.Progress() {
				});
		assertThat(imported.issues()).isEqualTo(21);
		try (EmbeddedNeo4j bulk = EmbeddedNeo4j
			.start(new EmbeddedNeo4jProperties(bulkStore, 0, 64L << 20, Duration.ofMinutes(5)));
				Driver bulkDriver = GraphDatabase.driver(bulk.boltUri(), AuthTokens.none(),
						Config.builder().withoutEncryption().build())) {
			new SchemaMigrations(bulkDriver).apply();
			BulkIngester.complete(
					new GazetteIngester(OrganizationDirectory.loadDefault(), successions, bulkDriver, false), imported);
			assertThat(counts(bulkDriver)).isEqualTo(countsOneByOne);
			// the keys department(name:) seeks, from the CSV as from the writer
			assertThat(countsOneByOne.get("DepartmentName")).isGreaterThan(countsOneByOne.get("Department"));
			assertThat(departmentNames(bulkDriver)).isEqualTo(departmentNames(driver));
			assertThat(GraphFingerprint.of(bulkDriver)).isEqualTo(oneByOne);
			assertThat(searchHits(bulkDriver, "免费义务教育")).isEqualTo(21);
		}
	}

	@Test
	void aBulkImportOfAnIssueTwiceIsRefusedNamingBothFilesAndBuildsNoStore() throws IOException {
		// the same issue under another name, after batches have gone into the graph
		Path copy = dir.resolve("again.txt");
		Files.copy(files.get(3), copy);
		List<Path> twice = new ArrayList<>(files);
		twice.add(copy);
		Path store = dir.resolve("refused");
		assertThatThrownBy(() -> BulkIngester.importFiles(ingester, twice, false, store, dir.resolve("refused-csv"),
				System.out, new GazetteIngester.Progress() {
				}))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining(files.get(3).getFileName().toString())
			.hasMessageContaining("again.txt")
			.hasMessageContaining("without --bulk");
		assertThat(store.resolve("data/databases/neo4j")).doesNotExist();
	}

	/** Nodes per label and relationships per type, for a failure that says where. */
	private Map<String, Long> counts() {
		return counts(driver);
	}

	private static Map<String, Long> counts(Driver driver) {
		Map<String, Long> counts = new TreeMap<>();
		driver.executableQuery("MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS c")
			.execute()
			.records()
			.forEach(r -> counts.put(r.get("label").asString(), r.get("c").asLong()));
		driver.executableQuery("MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS c")
			.execute()
			.records()
			.forEach(r -> counts.put("-" + r.get("type").asString() + "->", r.get("c").asLong()));
		return counts;
	}

	private static List<String> departmentNames(Driver driver) {
		return driver.executableQuery("""
				MATCH (k:DepartmentName) RETURN k.departmentId + '|' + k.key AS key ORDER BY key
				""").execute().records().stream().map(r -> r.get("key").asString()).toList();
	}

	private long searchHits(String text) {
		return searchHits(driver, text);
	}

	private static long searchHits(Driver driver, String text) {
		return driver.executableQuery("""
				CALL db.index.fulltext.queryNodes('search_text', $text) YIELD node
				WHERE node:ServiceItem AND node.name = $text RETURN count(node) AS c
				""").withParameters(Map.of("text", text)).execute().records().getFirst().get("c").asLong();
	}

	private void wipe() {
		try (var session = driver.session()) {
			session.run("MATCH (n) WHERE NOT n:__Migration CALL (n) { DETACH DELETE n } IN TRANSACTIONS").consume();
		}
		assertThat(GraphFingerprint.of(driver)).isEqualTo(GraphFingerprint.EMPTY);
	}

}
