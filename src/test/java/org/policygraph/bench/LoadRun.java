package org.policygraph.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Closed-loop load: {@code clients} threads each ask again as soon as the answer arrives,
 * for a warm-up and then a fixed measured window. Requests that end inside the window
 * count; the throughput is those requests over the window's length. Given several calls,
 * every client takes them in turn (each client starting at a different one), so the calls
 * share the window and whatever else the machine does meanwhile: the fair way to compare
 * their latencies on a shared machine.
 */
final class LoadRun {

	/**
	 * @param throughput answered requests per second in the window
	 * @param p50 latency percentiles in microseconds
	 * @param roundTrips mean Cypher queries per request
	 * @param failures requests that failed in the window (any failure is reported, never
	 * hidden)
	 * @param cpuMillisPerRequest CPU time of each named process in the window over the
	 * requests answered
	 */
	record Measurement(int clients, long requests, double throughput, long p50, long p95, long p99, double roundTrips,
			long failures, String firstFailure, Map<String, Double> cpuMillisPerRequest) {
	}

	/**
	 * Processes whose CPU time is read at the window's edges, by name: CPU per request is
	 * what a 2-core machine shared with other work can still measure steadily when
	 * wall-clock figures swing.
	 */
	record Processes(Map<String, ProcessHandle> byName) {

		static final Processes NONE = new Processes(Map.of());

		Map<String, Long> cpuNanos() {
			Map<String, Long> cpu = new LinkedHashMap<>();
			byName.forEach((name, process) -> cpu.put(name,
					process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L)));
			return cpu;
		}
	}

	/**
	 * Time as the harness reads it: the machine's, or, in its own tests, one that moves
	 * only when the fake target works, so they don't depend on how busy the machine is.
	 */
	interface Clock {

		Clock SYSTEM = new Clock() {
			@Override
			public long nanoTime() {
				return System.nanoTime();
			}

			@Override
			public void sleepUntil(long nanoTime) throws InterruptedException {
				long wait;
				while ((wait = nanoTime - System.nanoTime()) > 0) {
					TimeUnit.NANOSECONDS.sleep(wait);
				}
			}
		};

		long nanoTime();

		void sleepUntil(long nanoTime) throws InterruptedException;

	}

	private LoadRun() {
	}

	static Measurement measure(Target.Call call, int clients, Duration warmUp, Duration window)
			throws InterruptedException {
		return measure(call, clients, warmUp, window, Processes.NONE);
	}

	static Measurement measure(Target.Call call, int clients, Duration warmUp, Duration window, Processes processes)
			throws InterruptedException {
		return measure(List.of(call), clients, warmUp, window, processes).getFirst();
	}

	/**
	 * One measurement per call, all taken in the same window; CPU is attributed only to a
	 * single call.
	 */
	static List<Measurement> measure(List<Target.Call> calls, int clients, Duration warmUp, Duration window,
			Processes processes) throws InterruptedException {
		return measure(calls, clients, warmUp, window, processes, Clock.SYSTEM);
	}

	static List<Measurement> measure(List<Target.Call> calls, int clients, Duration warmUp, Duration window,
			Processes processes, Clock clock) throws InterruptedException {
		long start = clock.nanoTime() + Duration.ofMillis(50).toNanos();
		long measureFrom = start + warmUp.toNanos();
		long measureTo = measureFrom + window.toNanos();
		List<Client> all = new ArrayList<>();
		CountDownLatch done = new CountDownLatch(clients);
		for (int i = 0; i < clients; i++) {
			Client client = new Client(calls, i, measureFrom, measureTo, done, clock);
			all.add(client);
			Thread.ofPlatform().name("load-" + i).daemon().start(client);
		}
		clock.sleepUntil(measureFrom);
		Map<String, Long> cpuBefore = processes.cpuNanos();
		clock.sleepUntil(measureTo);
		Map<String, Long> cpuAfter = processes.cpuNanos();
		if (!done.await(120, TimeUnit.SECONDS)) {
			throw new IllegalStateException("load clients did not finish; a request hangs");
		}
		List<Measurement> measurements = new ArrayList<>();
		for (int c = 0; c < calls.size(); c++) {
			int call = c;
			int total = all.stream().mapToInt(client -> client.count[call]).sum();
			long[] latencies = new long[total];
			long trips = 0;
			long failures = 0;
			String firstFailure = null;
			int at = 0;
			for (Client client : all) {
				System.arraycopy(client.latencies[call], 0, latencies, at, client.count[call]);
				at += client.count[call];
				trips += client.trips[call];
				failures += client.failures[call];
				if (firstFailure == null) {
					firstFailure = client.firstFailure[call];
				}
			}
			Arrays.sort(latencies);
			Map<String, Double> cpu = new LinkedHashMap<>();
			if (calls.size() == 1) {
				cpuBefore.forEach(
						(name, before) -> cpu.put(name, total == 0 ? 0 : (cpuAfter.get(name) - before) / 1e6 / total));
			}
			measurements.add(new Measurement(clients, total, total / (window.toNanos() / 1e9),
					percentile(latencies, 50), percentile(latencies, 95), percentile(latencies, 99),
					total == 0 ? 0 : (double) trips / total, failures, firstFailure, cpu));
		}
		return measurements;
	}

	/** Nearest-rank percentile of sorted values; 0 when there are none. */
	static long percentile(long[] sorted, double p) {
		if (sorted.length == 0) {
			return 0;
		}
		int rank = (int) Math.ceil(p / 100.0 * sorted.length);
		return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
	}

	private static final class Client implements Runnable {

		private final List<Target.Call> calls;

		private final int first;

		private final long from;

		private final long to;

		private final CountDownLatch done;

		private final Clock clock;

		final long[][] latencies;

		final int[] count;

		final long[] trips;

		final long[] failures;

		final String[] firstFailure;

		Client(List<Target.Call> calls, int first, long from, long to, CountDownLatch done, Clock clock) {
			this.calls = calls;
			this.clock = clock;
			this.first = first;
			this.from = from;
			this.to = to;
			this.done = done;
			int n = calls.size();
			this.latencies = new long[n][4096];
			this.count = new int[n];
			this.trips = new long[n];
			this.failures = new long[n];
			this.firstFailure = new String[n];
		}

		@Override
		public void run() {
			try {
				long now;
				for (int k = first; (now = clock.nanoTime()) < to; k++) {
					int c = k % calls.size();
					int cost = 0;
					boolean failed = false;
					try {
						cost = calls.get(c).ask();
					}
					catch (Exception ex) {
						failed = true;
						if (firstFailure[c] == null) {
							firstFailure[c] = ex.toString();
						}
					}
					long end = clock.nanoTime();
					if (end >= from && end <= to) {
						if (failed) {
							failures[c]++;
						}
						else {
							if (count[c] == latencies[c].length) {
								latencies[c] = Arrays.copyOf(latencies[c], count[c] * 2);
							}
							latencies[c][count[c]++] = (end - now) / 1_000;
							trips[c] += cost;
						}
					}
				}
			}
			finally {
				done.countDown();
			}
		}

	}

}
