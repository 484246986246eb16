package org.policygraph;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.policygraph.bench.OverloadBenchmark;
import org.policygraph.support.GraphQlHttp.Response;
import org.policygraph.support.SeededGraphIT;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile clients in numbers, on loopback, each scenario bounded in time: while they run,
 * a fifth client's point lookups are answered, and its p99 is printed and loosely
 * asserted (the two cores are shared by everyone, so it is slower, not stalled); the
 * benchmark's {@code overload} phase reports it.
 */
@Tag("slow")
class OverloadIT extends SeededGraphIT {

	private static final String LOOKUP = OverloadBenchmark.LOOKUP;

	/** The bombs of the benchmark, which measures the same on a quiet machine. */
	private static final List<String> BOMBS = OverloadBenchmark.BOMBS;

	@Test
	void fourCostBombClientsLeaveAFifthClientServed() throws Exception {
		long[] alone = lookups(Duration.ofSeconds(3), new AtomicBoolean(true));
		AtomicBoolean running = new AtomicBoolean(true);
		Map<String, Integer> outcomes = new ConcurrentHashMap<>();
		long[] meanwhile;
		try (var bombers = Executors.newVirtualThreadPerTaskExecutor()) {
			for (int c = 0; c < 4; c++) {
				int first = c;
				bombers.submit(() -> {
					for (int i = first; running.get(); i++) {
						Response response = graphql.post(BOMBS.get(i % BOMBS.size()));
						String code = response.hasErrors() ? response.read("$.errors[0].extensions.code") : "answered";
						outcomes.merge(response.status() + " " + code, 1, Integer::sum);
					}
				});
			}
			TimeUnit.SECONDS.sleep(1);
			meanwhile = lookups(Duration.ofSeconds(10), new AtomicBoolean(true));
			running.set(false);
		}
		System.out.printf(
				"point lookups alone: p50 %.1f ms, p99 %.1f ms; beside four cost-bomb clients: p50 %.1f ms, "
						+ "p99 %.1f ms (%d lookups); the bombs: %s%n",
				LoadIT.percentile(alone, 50), LoadIT.percentile(alone, 99), LoadIT.percentile(meanwhile, 50),
				LoadIT.percentile(meanwhile, 99), meanwhile.length, outcomes);
		assertThat(outcomes.keySet())
			.allMatch(outcome -> outcome.equals("200 answered") || outcome.equals("400 QUERY_TOO_COSTLY"));
		assertThat(LoadIT.percentile(meanwhile, 99)).isLessThan(1_500);
	}

	/**
	 * 300 connections that each announce a 60 kB body and send a byte every 4 s, as the
	 * probe did with 256 that held every worker: each is cut with 408, and the fifth
	 * client is answered throughout.
	 */
	@Test
	void manySlowBodiesDontHoldTheWorkers() throws Exception {
		List<Socket> sockets = new ArrayList<>();
		List<CompletableFuture<String>> answers = new CopyOnWriteArrayList<>();
		AtomicBoolean trickling = new AtomicBoolean(true);
		try (var slow = Executors.newVirtualThreadPerTaskExecutor()) {
			for (int i = 0; i < 300; i++) {
				Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
				socket.setSoTimeout(30_000);
				sockets.add(socket);
				OutputStream out = socket.getOutputStream();
				out.write(("POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
						+ "Content-Length: 60000\r\n\r\n{")
					.getBytes(StandardCharsets.US_ASCII));
				out.flush();
				answers.add(CompletableFuture.supplyAsync(() -> statusLine(socket), slow));
				slow.submit(() -> {
					while (trickling.get() && !socket.isClosed()) {
						try {
							TimeUnit.SECONDS.sleep(4);
							out.write(' ');
							out.flush();
						}
						catch (IOException | InterruptedException ex) {
							return;
						}
					}
				});
			}
			long[] meanwhile = lookups(Duration.ofSeconds(8), new AtomicBoolean(true));
			System.out.printf("beside 300 slow bodies: p50 %.1f ms, p99 %.1f ms (%d lookups)%n",
					LoadIT.percentile(meanwhile, 50), LoadIT.percentile(meanwhile, 99), meanwhile.length);
			assertThat(LoadIT.percentile(meanwhile, 99)).isLessThan(2_000);
			List<String> statuses = new ArrayList<>();
			for (CompletableFuture<String> answer : answers) {
				statuses.add(answer.get(30, TimeUnit.SECONDS));
			}
			assertThat(statuses).allMatch(status -> status.equals("HTTP/1.1 408"));
			trickling.set(false);
		}
		finally {
			for (Socket socket : sockets) {
				socket.close();
			}
		}
	}

	/** Point lookups one after the other for a while; every one must succeed. */
	private long[] lookups(Duration duration, AtomicBoolean keepGoing) {
		List<Long> nanos = new ArrayList<>();
		long end = System.nanoTime() + duration.toNanos();
		while (keepGoing.get() && System.nanoTime() < end) {
			long sent = System.nanoTime();
			assertThat(graphql.<String>data(LOOKUP, "$.data.serviceItem.name")).isEqualTo("免费义务教育");
			nanos.add(System.nanoTime() - sent);
		}
		return nanos.stream().mapToLong(Long::longValue).sorted().toArray();
	}

	private static String statusLine(Socket socket) {
		try {
			return new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
		}
		catch (IOException ex) {
			return ex.toString();
		}
	}

}
