package org.policygraph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.policygraph.department.OrganizationDirectory;
import org.policygraph.ingest.GazetteIngester;
import org.policygraph.ingest.record.Gazette;
import org.policygraph.neo4j.EmbeddedNeo4j;
import org.policygraph.neo4j.EmbeddedNeo4jProperties;
import org.policygraph.neo4j.SchemaMigrations;

/**
 * Ingests a corpus into a fresh embedded store the way {@code java -jar … ingest FILE…}
 * does: the real parser over every file, then the real writer in the command's batches
 * ({@link GazetteIngester#BATCH_ISSUES} issues per write transaction). Parse and write
 * are timed apart so a miss can be placed.
 */
final class IngestBenchmark {

	/**
	 * @param seconds wall time of reading, parsing and writing all issues (schema set-up
	 * excluded)
	 * @param parseSeconds of that, reading and parsing
	 * @param writeSeconds of that, the write transactions
	 */
	record Result(int issues, double seconds, double parseSeconds, double writeSeconds, long nodes, long relationships,
			long storeBytes) {

		double issuesPerSecond() {
			return issues / seconds;
		}

		double parsePerSecond() {
			return issues / parseSeconds;
		}

		double writePerSecond() {
			return issues / writeSeconds;
		}
	}

	private IngestBenchmark() {
	}

	static Result run(Path store, List<Path> files, long pageCache) throws IOException {
		deleteRecursively(store);
		try (EmbeddedNeo4j db = EmbeddedNeo4j
			.start(new EmbeddedNeo4jProperties(store, 0, pageCache, Duration.ofMinutes(10)));
				Driver driver = GraphDatabase.driver(db.boltUri(), AuthTokens.none(),
						Config.builder().withoutEncryption().build())) {
			new SchemaMigrations(driver).apply();
			// lenient, as the ingest command: each province's units are its own, verified
			// by
			// the template or kept unverified
			GazetteIngester ingester = new GazetteIngester(OrganizationDirectory.loadDefault(), driver, false);
			// The ingest command's path: parse every file, then write them in its
			// batches.
			long t0 = System.nanoTime();
			List<Gazette> gazettes = new ArrayList<>();
			for (Path file : files) {
				gazettes.add(ingester.parse(file.getFileName().toString(), Files.readAllBytes(file)));
			}
			long t1 = System.nanoTime();
			ingester.writeAll(gazettes, batch -> {
			}, written -> {
			});
			long t2 = System.nanoTime();
			long parse = t1 - t0;
			long write = t2 - t1;
			long[] counts = counts(driver);
			return new Result(files.size(), (parse + write) / 1e9, parse / 1e9, write / 1e9, counts[0], counts[1],
					size(store));
		}
	}

	private static long[] counts(Driver driver) {
		try (var session = driver.session()) {
			return session
				.executeRead(tx -> new long[] { tx.run("MATCH (n) RETURN count(n) AS c").single().get("c").asLong(),
						tx.run("MATCH ()-[r]->() RETURN count(r) AS c").single().get("c").asLong() });
		}
	}

	static long size(Path dir) throws IOException {
		if (!Files.exists(dir)) {
			return 0;
		}
		try (Stream<Path> files = Files.walk(dir)) {
			return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
		}
	}

	static void deleteRecursively(Path dir) throws IOException {
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> files = Files.walk(dir)) {
			for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(p);
			}
		}
	}

}
