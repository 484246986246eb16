package org.policygraph.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Closed-loop load: {@code clients} threads each ask the same question again as soon as the answer arrives,
 * for a warm-up and then a fixed measured window. Requests that end inside the window count; the
 * throughput is those requests over the window's length.
 */
final class LoadRun {

	/**
	 * @param throughput answered requests per second in the window
	 * @param p50 latency percentiles in microseconds
	 * @param roundTrips mean Cypher queries per request
	 * @param failures requests that failed in the window (any failure is reported, never hidden)
	 */
	record Measurement(int clients, long requests, double throughput, long p50, long p95, long p99, double roundTrips,
			long failures, String firstFailure, Map<String, Double> cpuMillisPerRequest) {
	}

	/**
	 * Processes whose CPU time is read at the window's edges, by name: CPU per request is what a 2-core
	 * machine shared with other work can still measure steadily when wall-clock figures swing.
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

	private LoadRun() {
	}

	static Measurement measure(Target.Call call, int clients, Duration warmUp, Duration window)
			throws InterruptedException {
		return measure(call, clients, warmUp, window, Processes.NONE);
	}

	static Measurement measure(Target.Call call, int clients, Duration warmUp, Duration window, Processes processes)
			throws InterruptedException {
		long start = System.nanoTime() + Duration.ofMillis(50).toNanos();
		long measureFrom = start + warmUp.toNanos();
		long measureTo = measureFrom + window.toNanos();
		List<Client> all = new ArrayList<>();
		CountDownLatch done = new CountDownLatch(clients);
		for (int i = 0; i < clients; i++) {
			Client client = new Client(call, measureFrom, measureTo, done);
			all.add(client);
			Thread.ofPlatform().name("load-" + i).daemon().start(client);
		}
		sleepUntil(measureFrom);
		Map<String, Long> cpuBefore = processes.cpuNanos();
		sleepUntil(measureTo);
		Map<String, Long> cpuAfter = processes.cpuNanos();
		if (!done.await(120, TimeUnit.SECONDS)) {
			throw new IllegalStateException("load clients did not finish; a request hangs");
		}
		int total = all.stream().mapToInt(c -> c.count).sum();
		long[] latencies = new long[total];
		long trips = 0;
		long failures = 0;
		String firstFailure = null;
		int at = 0;
		for (Client c : all) {
			System.arraycopy(c.latencies, 0, latencies, at, c.count);
			at += c.count;
			trips += c.trips;
			failures += c.failures;
			if (firstFailure == null && c.failure.get() != null) {
				firstFailure = c.failure.get();
			}
		}
		Arrays.sort(latencies);
		double seconds = window.toNanos() / 1e9;
		Map<String, Double> cpu = new LinkedHashMap<>();
		cpuBefore.forEach((name, before) -> cpu.put(name, total == 0 ? 0 : (cpuAfter.get(name) - before) / 1e6 / total));
		return new Measurement(clients, total, total / seconds, percentile(latencies, 50), percentile(latencies, 95),
				percentile(latencies, 99), total == 0 ? 0 : (double) trips / total, failures, firstFailure, cpu);
	}

	private static void sleepUntil(long nanoTime) throws InterruptedException {
		long wait;
		while ((wait = nanoTime - System.nanoTime()) > 0) {
			TimeUnit.NANOSECONDS.sleep(wait);
		}
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

		private final Target.Call call;

		private final long from;

		private final long to;

		private final CountDownLatch done;

		long[] latencies = new long[4096];

		int count;

		long trips;

		long failures;

		final AtomicReference<String> failure = new AtomicReference<>();

		Client(Target.Call call, long from, long to, CountDownLatch done) {
			this.call = call;
			this.from = from;
			this.to = to;
			this.done = done;
		}

		@Override
		public void run() {
			try {
				long now;
				while ((now = System.nanoTime()) < to) {
					int cost = 0;
					boolean failed = false;
					try {
						cost = call.ask();
					}
					catch (Exception ex) {
						failed = true;
						failure.compareAndSet(null, ex.toString());
					}
					long end = System.nanoTime();
					if (end >= from && end <= to) {
						if (failed) {
							failures++;
						}
						else {
							if (count == latencies.length) {
								latencies = Arrays.copyOf(latencies, count * 2);
							}
							latencies[count++] = (end - now) / 1_000;
							trips += cost;
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
