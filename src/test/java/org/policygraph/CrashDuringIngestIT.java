package org.policygraph;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.policygraph.neo4j.EmbeddedNeo4j;
import org.policygraph.neo4j.EmbeddedNeo4jProperties;
import org.policygraph.support.GazetteText;
import org.policygraph.support.GraphFingerprint;
import org.policygraph.support.SeededGraphIT;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code kill -9} during {@code ingest FILE}: after recovery the store holds the whole
 * issue or nothing of it. The child process says "writing" when it starts the transaction
 * and "ingested" when it committed. One run is killed after "ingested" (the issue must
 * survive) and times the write; the others are killed at shares of that time after
 * "writing".
 */
@Tag("slow")
class CrashDuringIngestIT extends SeededGraphIT {

	@TempDir
	Path work;

	@Test
	void anIngestKilledAtAnyMomentLeavesTheWholeIssueOrNone() throws Exception {
		GraphFingerprint whole = GraphFingerprint.of(driver);
		Path completed = work.resolve("killed-after-commit");
		Duration write = killIngest(completed, "ingested ", Duration.ZERO);
		assertThat(fingerprint(completed)).as("an issue reported written survives kill -9").isEqualTo(whole);
		List<String> outcomes = new ArrayList<>(
				List.of("after \"ingested\" (the write took " + write.toMillis() + " ms): whole issue"));
		for (double share : new double[] { 0, 0.3, 0.7 }) {
			Duration delay = Duration.ofMillis((long) (write.toMillis() * share));
			Path store = work.resolve("killed-after-" + delay.toMillis() + "ms");
			killIngest(store, "writing ", delay);
			GraphFingerprint after = fingerprint(store);
			assertThat(after).as("killed %d ms into the write", delay.toMillis()).isIn(whole, GraphFingerprint.EMPTY);
			outcomes.add(delay.toMillis() + " ms into the write: " + (after.equals(whole) ? "whole issue" : "nothing"));
		}
		System.out.println("kill -9 during ingest: " + outcomes);
	}

	/**
	 * Runs {@code ingest} into the store and kills it {@code delay} after it prints the
	 * marker.
	 * @return how long the ingest took from "writing" to the marker
	 */
	private static Duration killIngest(Path store, String marker, Duration delay) throws Exception {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process child = new ProcessBuilder(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
				PolicyGraphApplication.class.getName(), "ingest", GazetteText.FILE.toString(),
				"--policygraph.embedded.store-path=" + store, "--policygraph.embedded.page-cache=67108864")
			.redirectErrorStream(true)
			.start();
		try (BufferedReader out = new BufferedReader(
				new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
			List<String> seen = new ArrayList<>();
			long writing = 0;
			String line;
			while ((line = out.readLine()) != null && !line.startsWith(marker)) {
				seen.add(line);
				writing = line.startsWith("writing ") ? System.nanoTime() : writing;
			}
			long reached = System.nanoTime();
			assertThat(line).as("the ingest printed \"%s\"; it said:%n%s", marker, String.join("\n", seen)).isNotNull();
			Thread.sleep(delay);
			child.destroyForcibly(); // SIGKILL: no shutdown hook, no clean database
										// shutdown
			assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
			return Duration.ofNanos(writing == 0 ? 0 : reached - writing);
		}
		finally {
			child.destroyForcibly();
		}
	}

	/**
	 * Opens the store as the next start would (recovering it) and fingerprints what it
	 * holds.
	 */
	private static GraphFingerprint fingerprint(Path store) {
		try (EmbeddedNeo4j db = EmbeddedNeo4j
			.start(new EmbeddedNeo4jProperties(store, 0, 64L * 1024 * 1024, Duration.ofSeconds(30)));
				Driver driver = GraphDatabase.driver(db.boltUri(), AuthTokens.none(),
						Config.builder().withoutEncryption().build())) {
			return GraphFingerprint.of(driver);
		}
	}

}
