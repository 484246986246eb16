package org.policygraph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Transaction;
import org.neo4j.graphdb.event.TransactionData;
import org.neo4j.graphdb.event.TransactionEventListenerAdapter;
import org.neo4j.kernel.api.exceptions.Status;
import org.policygraph.department.DepartmentRegistry;
import org.policygraph.department.OrganizationDirectory;
import org.policygraph.ingest.GazetteIngester;
import org.policygraph.ingest.write.JurisdictionWriter;
import org.policygraph.jurisdiction.JurisdictionTable;
import org.policygraph.neo4j.EmbeddedNeo4j;
import org.policygraph.neo4j.EmbeddedNeo4jProperties;
import org.policygraph.neo4j.EmbeddedStoreException;
import org.policygraph.neo4j.SchemaMigrations;
import org.policygraph.succession.Successions;
import org.policygraph.support.GazetteText;
import org.policygraph.support.GraphFingerprint;
import org.policygraph.support.SeededGraphIT;
import org.springframework.beans.factory.annotation.Value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Faults around writing: commits that fail transiently, and a second process opening a
 * store in use. The shared seeded graph is the reference for what a clean ingest of the
 * gazette gives.
 */
class IngestFaultsIT extends SeededGraphIT {

	private static final long PAGE_CACHE = 64L * 1024 * 1024;

	@TempDir
	Path store;

	@Value("${policygraph.embedded.store-path}")
	Path sharedStore;

	@Test
	void transientCommitFailuresDuringIngestStillGiveExactlyTheSameGraph() throws IOException {
		GraphFingerprint clean = GraphFingerprint.of(driver);
		assertThat(clean.issues()).isEqualTo(1);
		try (EmbeddedNeo4j db = EmbeddedNeo4j
			.start(new EmbeddedNeo4jProperties(store, 0, PAGE_CACHE, Duration.ofSeconds(60)));
				Driver faulty = GraphDatabase.driver(db.boltUri(), AuthTokens.none(),
						Config.builder()
							.withoutEncryption()
							.withMaxTransactionRetryTime(3, TimeUnit.SECONDS)
							.build())) {
			new SchemaMigrations(faulty).apply();
			// the seed's divisions, as the seeder writes them before the issues
			JurisdictionWriter.write(faulty, JurisdictionTable.loadDefault());
			FailingCommits failing = new FailingCommits(3);
			db.registerTransactionEventListener(failing);

			// The seed is read against the registry and written with its successions.
			DepartmentRegistry registry = DepartmentRegistry.loadDefault();
			Path file = Path.of("graph-seed", Successions.FILE_NAME);
			Successions successions;
			try (var in = Files.newInputStream(file)) {
				successions = Successions.load(in, file.toString(), registry);
			}
			new GazetteIngester(OrganizationDirectory.withDefaults(registry), successions, faulty, true)
				.ingest(GazetteText.FILE.getFileName().toString(), Files.readAllBytes(GazetteText.FILE));

			assertThat(failing.failed()).as("commits failed on purpose").isEqualTo(3);
			assertThat(GraphFingerprint.of(faulty)).isEqualTo(clean);
		}
	}

	@Test
	void aSecondInstanceOnAStoreInUseFailsFastAndSaysWhy() {
		long started = System.nanoTime();
		assertThatThrownBy(() -> EmbeddedNeo4j
			.start(new EmbeddedNeo4jProperties(sharedStore, 0, PAGE_CACHE, Duration.ofSeconds(30))))
			.isInstanceOf(EmbeddedStoreException.class)
			.hasMessageContaining("already in use")
			.hasMessageContaining(sharedStore.toAbsolutePath().normalize().toString());
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));
		assertThat(graphql.<String>data("{ serviceItem(no: 1) { name } }", "$.data.serviceItem.name"))
			.as("the instance that holds the store is unharmed")
			.isEqualTo("免费义务教育");
	}

	/**
	 * Fails the first commits that write data the way a deadlock does: with a transient
	 * status, which tells clients to run the whole transaction again.
	 */
	static final class FailingCommits extends TransactionEventListenerAdapter<Object> {

		private final AtomicInteger left;

		private final AtomicInteger failed = new AtomicInteger();

		FailingCommits(int failures) {
			this.left = new AtomicInteger(failures);
		}

		@Override
		public Object beforeCommit(TransactionData data, Transaction transaction, GraphDatabaseService database) {
			if (data.createdNodes().iterator().hasNext() && left.getAndDecrement() > 0) {
				failed.incrementAndGet();
				throw new InjectedDeadlock();
			}
			return null;
		}

		int failed() {
			return failed.get();
		}

	}

	static final class InjectedDeadlock extends RuntimeException implements Status.HasStatus {

		InjectedDeadlock() {
			super("injected: the commit lost a deadlock");
		}

		@Override
		public Status status() {
			return Status.Transaction.DeadlockDetected;
		}

	}

}
