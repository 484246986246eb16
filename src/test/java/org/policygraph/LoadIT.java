package org.policygraph;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.policygraph.support.SeededGraphIT;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bounded load test: many concurrent clients for a fixed time, each cycling through the
 * queries/ catalog over loopback. It passes with zero errors and zero non-200 answers,
 * and prints throughput and latency. CI runs it for 5 s; the longer profile (see the
 * README) is
 * {@code ./mvnw -B verify -Pfull -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=LoadIT -Dload.seconds=60}.
 * Also {@code -Dload.clients} (32) and {@code -Dload.max-requests} (1,000,000), the other
 * bound.
 */
class LoadIT extends SeededGraphIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final int clients = Integer.getInteger("load.clients", 32);

	private final Duration duration = Duration.ofSeconds(Integer.getInteger("load.seconds", 5));

	private final long maxRequests = Long.getLong("load.max-requests", 1_000_000);

	record Question(String name, String body) {
	}

	/**
	 * One answer: which question, how long it took, and what went wrong if anything did.
	 */
	record Answer(int question, long nanos, String failure) {
	}

	@Test
	void theCatalogMixUnderConcurrentClientsHasNoErrors() throws Exception {
		List<Question> catalog = catalog();
		HttpClient http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
		URI endpoint = URI.create("http://127.0.0.1:" + port + "/graphql");
		for (int i = 0; i < catalog.size(); i++) {
			assertThat(ask(http, endpoint, catalog, i).failure()).as("warm-up").isNull();
		}

		ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
		AtomicLong issued = new AtomicLong();
		long started = System.nanoTime();
		long end = started + duration.toNanos();
		try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
			for (int c = 0; c < clients; c++) {
				int first = c;
				executor.submit(() -> {
					for (int next = first; System.nanoTime() < end && issued.incrementAndGet() <= maxRequests; next++) {
						answers.add(ask(http, endpoint, catalog, next % catalog.size()));
					}
				});
			}
		}
		Duration took = Duration.ofNanos(System.nanoTime() - started);

		System.out.println(report(catalog, List.copyOf(answers), took));
		List<String> failures = answers.stream().map(Answer::failure).filter(f -> f != null).limit(10).toList();
		assertThat(failures).as("errors and non-200 answers").isEmpty();
		assertThat(answers).hasSizeGreaterThan(catalog.size());
	}

	private static Answer ask(HttpClient http, URI endpoint, List<Question> catalog, int question) {
		HttpRequest request = HttpRequest.newBuilder(endpoint)
			.header("Content-Type", "application/json")
			.timeout(Duration.ofSeconds(30))
			.POST(HttpRequest.BodyPublishers.ofString(catalog.get(question).body()))
			.build();
		long sent = System.nanoTime();
		try {
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			long nanos = System.nanoTime() - sent;
			boolean ok = response.statusCode() == 200 && !response.body().contains("\"errors\"");
			return new Answer(question, nanos, ok ? null
					: catalog.get(question).name() + ": HTTP " + response.statusCode() + " " + response.body());
		}
		catch (IOException ex) {
			return new Answer(question, System.nanoTime() - sent, catalog.get(question).name() + ": " + ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return new Answer(question, System.nanoTime() - sent, "interrupted");
		}
	}

	private String report(List<Question> catalog, List<Answer> answers, Duration took) {
		long errors = answers.stream().filter(a -> a.failure() != null).count();
		StringBuilder out = new StringBuilder();
		out.append("%nLoad test: %d clients for %.1f s over loopback, the %d questions of queries/%n".formatted(clients,
				took.toMillis() / 1000.0, catalog.size()));
		out.append("%d requests, %d errors, %.1f requests/s%n".formatted(answers.size(), errors,
				answers.size() / (took.toNanos() / 1e9)));
		out.append("%-48s %8s %9s %9s %9s%n".formatted("question", "requests", "p50 ms", "p99 ms", "max ms"));
		for (int q = 0; q < catalog.size(); q++) {
			int question = q;
			out.append(row(catalog.get(q).name(), answers.stream().filter(a -> a.question() == question).toList()));
		}
		out.append(row("all", answers));
		return out.toString();
	}

	private static String row(String name, List<Answer> answers) {
		long[] nanos = answers.stream().mapToLong(Answer::nanos).sorted().toArray();
		return "%-48s %8d %9.1f %9.1f %9.1f%n".formatted(name, nanos.length, percentile(nanos, 50),
				percentile(nanos, 99), nanos.length == 0 ? 0 : nanos[nanos.length - 1] / 1e6);
	}

	/** Nearest-rank percentile of sorted nanoseconds, in milliseconds. */
	static double percentile(long[] sorted, int p) {
		if (sorted.length == 0) {
			return 0;
		}
		int rank = (int) Math.ceil(p / 100.0 * sorted.length);
		return sorted[Math.max(rank, 1) - 1] / 1e6;
	}

	private static List<Question> catalog() throws IOException {
		try (Stream<Path> files = Files.list(QueryCatalogIT.CATALOG)) {
			List<Question> questions = new ArrayList<>();
			for (Path file : files.filter(f -> f.toString().endsWith(".graphql")).sorted().toList()) {
				questions.add(new Question(file.getFileName().toString().replace(".graphql", ""),
						JSON.writeValueAsString(Map.of("query", Files.readString(file)))));
			}
			return questions;
		}
	}

}
