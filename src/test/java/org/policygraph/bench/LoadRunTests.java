package org.policygraph.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.policygraph.bench.LoadRun.Measurement;
import org.policygraph.bench.Results.Key;

/**
 * The harness's arithmetic on a fake target, in well under a second: no server, no
 * database.
 */
class LoadRunTests {

	@Test
	void closedLoopClientsAreTimedAndTheirRoundTripsAveraged() throws InterruptedException {
		Measurement m = LoadRun.measure(() -> {
			Thread.sleep(2);
			return 3;
		}, 2, Duration.ofMillis(50), Duration.ofMillis(300));
		// two clients, each at most one request per 2 ms, for 0.3 s
		assertThat(m.requests()).isBetween(20L, 300L);
		assertThat(m.throughput()).isCloseTo(m.requests() / 0.3, within(0.01));
		assertThat(m.p50()).isGreaterThanOrEqualTo(2_000);
		assertThat(m.p99()).isGreaterThanOrEqualTo(m.p50());
		assertThat(m.roundTrips()).isEqualTo(3.0);
		assertThat(m.failures()).isZero();
	}

	@Test
	void failuresAreCountedNotTimed() throws InterruptedException {
		AtomicInteger calls = new AtomicInteger();
		Measurement m = LoadRun.measure(() -> {
			Thread.sleep(1);
			if (calls.incrementAndGet() % 2 == 0) {
				throw new IllegalStateException("no answer");
			}
			return 1;
		}, 1, Duration.ZERO, Duration.ofMillis(200));
		assertThat(m.failures()).isPositive();
		assertThat(m.firstFailure()).contains("no answer");
	}

	@Test
	void percentilesAreNearestRank() {
		long[] sorted = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 };
		assertThat(LoadRun.percentile(sorted, 50)).isEqualTo(5);
		assertThat(LoadRun.percentile(sorted, 99)).isEqualTo(10);
		assertThat(LoadRun.percentile(new long[0], 99)).isZero();
	}

	@Test
	void roundTripsAreReadFromTheExtensionsAndErrorsRejected() {
		assertThat(GraphQlTarget.roundTrips(200, "{\"data\":{\"x\":1},\"extensions\":{\"cypherQueries\":4}}"))
			.isEqualTo(4);
		assertThatIllegalStateException()
			.isThrownBy(() -> GraphQlTarget.roundTrips(200, "{\"errors\":[{\"message\":\"no\"}],\"data\":null}"));
		assertThatIllegalStateException().isThrownBy(() -> GraphQlTarget.roundTrips(400, "{\"data\":null}"));
	}

	@Test
	void ratiosAreTakenWithinARunThenTheirMedian() {
		Results results = new Results();
		// run 2 is a slow run for both sides: the ratio stays 2 in every run
		for (var run : List.of(Map.entry(1, 100.0), Map.entry(2, 40.0), Map.entry(3, 90.0))) {
			results.put(new Key(run.getKey(), 16, "q", "ours"), measurement(run.getValue() * 2));
			results.put(new Key(run.getKey(), 16, "q", "peer"), measurement(run.getValue()));
		}
		assertThat(results.medianRatio(16, "q", "ours", "peer", Measurement::throughput)).hasValue(2.0);
		assertThat(results.median(16, "q", "peer", Measurement::throughput)).hasValue(90.0);
	}

	private static Measurement measurement(double throughput) {
		return new Measurement(16, 100, throughput, 1, 2, 3, 1, 0, null, Map.of());
	}

}
