package org.policygraph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Stream;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.policygraph.department.OrganizationDirectory;
import org.policygraph.ingest.BulkIngester;
import org.policygraph.ingest.GazetteIngester;
import org.policygraph.ingest.record.Gazette;
import org.policygraph.neo4j.EmbeddedNeo4j;
import org.policygraph.neo4j.EmbeddedNeo4jProperties;
import org.policygraph.neo4j.SchemaMigrations;

/**
 * Ingests a corpus into a fresh embedded store the way {@code java -jar … ingest FILE…}
 * does ({@link GazetteIngester#ingestFiles}): the real parser on a thread of its own a
 * few files ahead of the real writer, which writes the command's batches
 * ({@link GazetteIngester#BATCH_ISSUES} issues per write transaction). Parse and write
 * are timed apart so a miss can be placed; they overlap, so the whole takes less than
 * their sum.
 */
final class IngestBenchmark {

	/**
	 * @param seconds wall time of reading, parsing and writing all issues (schema set-up
	 * excluded)
	 * @param parseSeconds reading and parsing, on the parser's thread beside the writes
	 * @param writeSeconds the write transactions and the wait for the search index
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

	/**
	 * As the application's driver (DriverLogging): debug lines off and never formatted;
	 * this process has no logging configuration, so SLF4J's would be on.
	 */
	private static final Config DRIVER_CONFIG = Config.builder()
		.withoutEncryption()
		.withLogging(Logging.javaUtilLogging(Level.INFO))
		.build();

	private IngestBenchmark() {
	}

	/**
	 * {@code IngestBenchmark DIR WARMUP N...}: the ingest phase alone, for a quick look
	 * while developing (a warm-up of WARMUP issues, then each corpus of N issues into a
	 * fresh store under DIR).
	 */
	public static void main(String[] args) throws IOException {
		Path dir = Path.of(args[0]);
		CorpusGenerator generator = CorpusGenerator.fromSeed(Path.of("."));
		int warmUp = Integer.parseInt(args[1]);
		if (warmUp > 0) {
			run(dir.resolve("store"), generator.write(dir.resolve("corpus-" + warmUp), warmUp), 1L << 30);
		}
		for (int i = 2; i < args.length; i++) {
			if (args[i].startsWith("bulk")) {
				int n = Integer.parseInt(args[i].substring(4));
				Result r = runBulk(dir.resolve("bulk-store"), generator.write(dir.resolve("corpus-" + n), n), 1L << 30);
				System.out.printf(
						"%d issues bulk: %.1f issues/s (parse %.1f s, import and the rest %.1f s), %d nodes%n",
						r.issues(), r.issuesPerSecond(), r.parseSeconds(), r.writeSeconds(), r.nodes());
				continue;
			}
			int n = Integer.parseInt(args[i]);
			List<Path> corpus = generator.write(dir.resolve("corpus-" + n), n);
			// CPU time of this process (parser, writer and the embedded database): on a
			// machine shared with other work it says more than the wall time does
			long cpu0 = ProcessHandle.current().info().totalCpuDuration().orElseThrow().toNanos();
			Result r = run(dir.resolve("store"), corpus, 1L << 30);
			long cpu = ProcessHandle.current().info().totalCpuDuration().orElseThrow().toNanos() - cpu0;
			System.out.printf(
					"%d issues: %.1f issues/s (parse %.1f/s, write %.1f/s), %.1f ms CPU per issue, %d nodes, %d relationships%n",
					r.issues(), r.issuesPerSecond(), r.parsePerSecond(), r.writePerSecond(), cpu / 1e6 / n, r.nodes(),
					r.relationships());
		}
		System.exit(0);
	}

	static Result run(Path store, List<Path> files, long pageCache) throws IOException {
		deleteRecursively(store);
		try (EmbeddedNeo4j db = EmbeddedNeo4j
			.start(new EmbeddedNeo4jProperties(store, 0, pageCache, Duration.ofMinutes(10)));
				Driver driver = GraphDatabase.driver(db.boltUri(), AuthTokens.none(), DRIVER_CONFIG)) {
			new SchemaMigrations(driver).apply();
			// lenient, as the ingest command: each province's units are its own, verified
			// by
			// the template or kept unverified
			GazetteIngester ingester = new GazetteIngester(OrganizationDirectory.loadDefault(), driver, false);
			// The ingest command's path: files parsed ahead on another thread while the
			// batch before them is written.
			long t0 = System.nanoTime();
			GazetteIngester.Run run = ingester.ingestFiles(files, false, new GazetteIngester.Progress() {
			});
			long seconds = System.nanoTime() - t0;
			if (run.refused() > 0) {
				throw new IllegalStateException(run.refused() + " generated issues were refused");
			}
			long[] counts = counts(driver);
			return new Result(files.size(), seconds / 1e9, run.parsing().toNanos() / 1e9, run.writing().toNanos() / 1e9,
					counts[0], counts[1], size(store));
		}
	}

	/**
	 * The bulk path into a fresh store, as {@code ingest --bulk} does: parse every file,
	 * CSV through Neo4j's importer, then start the store (schema migrations build the
	 * indexes) and write what the importer can't (the successions, empty lists) and wait
	 * for the search index.
	 * @return parse seconds as reading and parsing, write seconds as the rest
	 */
	static Result runBulk(Path store, List<Path> files, long pageCache) throws IOException {
		deleteRecursively(store);
		Path csv = store.resolveSibling(store.getFileName() + "-csv");
		deleteRecursively(csv);
		long t0 = System.nanoTime();
		GazetteIngester parser = new GazetteIngester(OrganizationDirectory.loadDefault(), null, false);
		BulkIngester.Imported imported = BulkIngester.importFiles(parser, files, false, store, csv,
				new java.io.PrintStream(java.io.OutputStream.nullOutputStream()), new GazetteIngester.Progress() {
				});
		deleteRecursively(csv);
		long t1 = System.nanoTime();
		try (EmbeddedNeo4j db = EmbeddedNeo4j
			.start(new EmbeddedNeo4jProperties(store, 0, pageCache, Duration.ofMinutes(10)));
				Driver driver = GraphDatabase.driver(db.boltUri(), AuthTokens.none(), DRIVER_CONFIG)) {
			long t2 = System.nanoTime();
			new SchemaMigrations(driver).apply();
			long t3 = System.nanoTime();
			BulkIngester.Completed completed = BulkIngester
				.complete(new GazetteIngester(OrganizationDirectory.loadDefault(), driver, false), imported);
			double seconds = (System.nanoTime() - t0) / 1e9;
			System.out.printf(
					"bulk %d: parse, graph and CSV %.1f s, the CSV held to the end %.1f s, importer %.1f s, store start %.1f s, migrations %.1f s, "
							+ "the rest %.1f s (reference data %.1f s, empty lists %.1f s, search index %.1f s)%n",
					files.size(), imported.parsing().toNanos() / 1e9, imported.csv().toNanos() / 1e9,
					imported.importing().toNanos() / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9,
					(System.nanoTime() - t3) / 1e9, completed.successions().toNanos() / 1e9,
					completed.emptyLists().toNanos() / 1e9, completed.rest().toNanos() / 1e9);
			long[] counts = counts(driver);
			double parse = imported.parsing().toNanos() / 1e9;
			return new Result(files.size(), seconds, parse, seconds - parse, counts[0], counts[1], size(store));
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
