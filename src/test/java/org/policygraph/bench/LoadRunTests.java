package org.policygraph.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.policygraph.bench.LoadRun.Measurement;
import org.policygraph.bench.Results.Key;

/**
 * The harness's arithmetic on a fake target, in well under a second: no server, no
 * database.
 */
class LoadRunTests {

	/**
	 * The harness's time moves only when the fake target works, so what is counted and
	 * timed doesn't depend on how busy the machine is.
	 */
	private final AtomicLong nanos = new AtomicLong();

	private final LoadRun.Clock clock = new LoadRun.Clock() {
		@Override
		public long nanoTime() {
			return nanos.get();
		}

		@Override
		public void sleepUntil(long nanoTime) throws InterruptedException {
			while (nanos.get() < nanoTime) {
				Thread.sleep(1);
			}
		}
	};

	@Test
	void closedLoopClientsAreTimedAndTheirRoundTripsAveraged() throws InterruptedException {
		Measurement m = measure(() -> {
			work(2);
			return 3;
		}, 2, Duration.ofMillis(50), Duration.ofMillis(300));
		// 2 ms of the clock a request, whichever client asks: about 150 end in the 0.3 s
		assertThat(m.requests()).isBetween(148L, 152L);
		assertThat(m.throughput()).isCloseTo(m.requests() / 0.3, within(0.01));
		// a request takes its own 2 ms, and the other client's if that one ran meanwhile
		assertThat(m.p50()).isGreaterThanOrEqualTo(2_000);
		assertThat(m.p99()).isGreaterThanOrEqualTo(m.p50());
		assertThat(m.roundTrips()).isEqualTo(3.0);
		assertThat(m.failures()).isZero();
	}

	@Test
	void failuresAreCountedNotTimed() throws InterruptedException {
		AtomicInteger calls = new AtomicInteger();
		Measurement m = measure(() -> {
			if (calls.incrementAndGet() % 2 == 0) {
				work(5);
				throw new IllegalStateException("no answer");
			}
			work(1);
			return 1;
		}, 1, Duration.ZERO, Duration.ofMillis(200));
		// a success and a failure each 6 ms, from 50 ms to 250 ms
		assertThat(m.failures()).isEqualTo(33);
		assertThat(m.requests()).isEqualTo(33);
		assertThat(m.firstFailure()).contains("no answer");
		// the failures' 5 ms are in no percentile
		assertThat(m.p99()).isEqualTo(1_000);
	}

	private Measurement measure(Target.Call call, int clients, Duration warmUp, Duration window)
			throws InterruptedException {
		return LoadRun.measure(List.of(call), clients, warmUp, window, LoadRun.Processes.NONE, clock).getFirst();
	}

	private void work(long millis) {
		nanos.addAndGet(TimeUnit.MILLISECONDS.toNanos(millis));
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
