package org.policygraph;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.bench.OverloadBenchmark;
import org.policygraph.support.App;
import org.policygraph.support.GraphQlHttp;
import org.policygraph.support.GraphQlHttp.Response;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What stops an execution once it runs, on a server whose budget lets the expensive
 * requests in: a 2 s deadline checked at every field fetch, and two execution slots. Each
 * stopped request answers with one error and logs one line.
 */
@ExtendWith(OutputCaptureExtension.class)
class ExecutionLimitsIT {

	/**
	 * The request that built a 200 MB answer in 40 s, from the DataLoader's cache, one
	 * fan-out deeper: the shape alone can finish inside the 2 s deadline on a
	 * quiet machine (it did once beside four builds), this one, with 10 aliases instead
	 * of 50, some eight times the work.
	 */
	static final String FAN_OUT = OverloadBenchmark.BOMBS.getFirst();

	/** A hundred maps of depth 3, about 80 ms each: 8 s in all. */
	static final String FLOOD = OverloadBenchmark.aliases(100,
			"responsibilityMap(id: \"Department:省财政厅\", depth: 3) { nodes { id } }");

	@TempDir
	static Path store;

	static App app;

	static GraphQlHttp graphql;

	@BeforeAll
	static void start() {
		app = App.embedded(store,
				Map.of("policygraph.api.request-timeout", "2s", "policygraph.api.max-cost", "2000000000",
						"policygraph.api.max-answer-bytes", "10000000000", "policygraph.api.max-concurrent", "2",
						"policygraph.api.queue-timeout", "300ms"));
		graphql = app.graphql();
		// warm: the first map and the first fan-out plan their Cypher and compile
		graphql.post("{ responsibilityMap(id: \"Department:省财政厅\", depth: 3) { nodes { id } } }");
		graphql.post(FAN_OUT);
	}

	@AfterAll
	static void stop() {
		app.close();
	}

	@Test
	void theDeadlineStopsAFanOutServedFromCacheWithOneErrorAndOneLogLine(CapturedOutput output) throws Exception {
		int before = output.length();
		long started = System.nanoTime();
		CompletableFuture<Response> bomb = CompletableFuture.supplyAsync(() -> graphql.post(FAN_OUT));
		TimeUnit.MILLISECONDS.sleep(300);
		assertThat(graphql.<String>data("{ serviceItem(no: 1) { name } }", "$.data.serviceItem.name"))
			.isEqualTo("免费义务教育");
		Response response = bomb.get(30, TimeUnit.SECONDS);
		Duration took = Duration.ofNanos(System.nanoTime() - started);
		assertOneError(response, "REQUEST_TIMEOUT", "took longer than 2 s");
		// The answer leaves as soon as a fetch sees the deadline passed, and fetches come
		// microseconds apart in a fan-out: 2.0-2.2 s from sending here on a quiet
		// machine (the rest is reading, validating and costing the document). A second
		// beyond the deadline is five times that margin, for a loaded 2-core machine;
		// failing every pending field one by one, as graphql-java's cancellation does,
		// took 1-3.5 s beyond it, and the fan-out run to its end takes far longer. Its
		// roots are too large to compile (CompiledQueries.MAX_COST): compiled, the
		// statement in flight at the deadline made it 2.0-2.9 s, once 3.3 s.
		assertThat(took).isLessThan(Duration.ofSeconds(3));
		String logged = output.toString().substring(before);
		assertThat(logged).containsOnlyOnce("stopped after").contains("REQUEST_TIMEOUT").doesNotContain("incident");
		assertThat(logged.lines().filter(line -> line.startsWith("\tat "))).isEmpty();
	}

	/**
	 * Where the limit lets it in, a root the guard costs above the compiler's bound
	 * (CompiledQueries.MAX_COST) is read by its resolvers, a level per statement (the
	 * page, its items' departments, their leads), beside a small root compiled into one.
	 */
	@Test
	void aRootTooLargeForOneStatementIsReadLevelByLevel() {
		String query = "{ big: serviceItems(first: 100) { edges { node { no leadDepartments { name leads(first: 100) { "
				+ "edges { node { no } } } } } } } small: serviceItem(no: 1) { name } }";
		Response answer = graphql.post(query);
		assertThat(answer.hasErrors()).as(answer.body()).isFalse();
		assertThat(answer.<Number>read("$.extensions.cost").longValue()).isGreaterThan(80_000);
		assertThat(answer.<List<?>>read("$.data.big.edges")).hasSize(85);
		assertThat(answer.<Integer>read("$.extensions.cypherQueries")).isEqualTo(3 + 1);
	}

	/**
	 * A hundred maps of depth 3, about 80 ms each (8 s in all): those that would start
	 * after the deadline don't start, instead of each failing (and logging a stack trace)
	 * on its own.
	 */
	@Test
	void theRestOfATimeoutFloodNeverStarts(CapturedOutput output) {
		int before = output.length();
		long started = System.nanoTime();
		Response response = graphql.post(FLOOD);
		Duration took = Duration.ofNanos(System.nanoTime() - started);
		// the deadline, or the database's timeout for the map running when it passed
		assertThat((List<?>) response.read("$.errors")).as(response.body()).hasSize(1);
		assertThat((String) response.read("$.errors[0].extensions.code")).isIn("REQUEST_TIMEOUT", "QUERY_TIMEOUT");
		assertThat(took).isLessThan(Duration.ofSeconds(5));
		// this request's line (a request of another test may still be logging its own)
		String logged = output.toString().substring(before);
		assertThat(logged.lines().filter(line -> line.contains("stopped after") && line.contains("cost 870100")))
			.hasSize(1);
		assertThat(logged).doesNotContain("incident");
		assertThat(logged.lines().filter(line -> line.startsWith("\tat "))).isEmpty();
	}

	@Test
	void aFullServerAnswers503WithRetryAfterAndServesAgainAfterwards() throws Exception {
		// a thread each: the common pool has one thread on a two-core machine
		var clients = Executors.newVirtualThreadPerTaskExecutor();
		// floods, not fan-outs: a fan-out's running time depends on the machine's speed,
		// a
		// flood's eight seconds of maps always outlast the deadline
		List<CompletableFuture<Response>> bombs = List.of(
				CompletableFuture.supplyAsync(() -> graphql.post(FLOOD), clients),
				CompletableFuture.supplyAsync(() -> graphql.post(FLOOD), clients));
		// once both bombs hold their slots (on a loaded machine that may take a moment),
		// a third request waits 300 ms and is turned away
		HttpResponse<String> busy = null;
		long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
		while (System.nanoTime() < until && (busy == null || busy.statusCode() != 503)) {
			TimeUnit.MILLISECONDS.sleep(100);
			busy = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/graphql"))
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString("{\"query\": \"{ serviceItem(no: 1) { name } }\"}"))
					.timeout(Duration.ofSeconds(10))
					.build(), HttpResponse.BodyHandlers.ofString());
		}
		assertThat(busy.statusCode()).isEqualTo(503);
		assertThat(busy.headers().firstValue("Retry-After")).hasValue("1");
		assertThat(busy.body()).contains("SERVER_BUSY");
		for (CompletableFuture<Response> bomb : bombs) {
			// the deadline, or the database's timeout for the query running when it
			// passed
			assertThat(bomb.get(30, TimeUnit.SECONDS).body()).containsAnyOf("REQUEST_TIMEOUT", "QUERY_TIMEOUT");
		}
		assertThat(graphql.<String>data("{ serviceItem(no: 1) { name } }", "$.data.serviceItem.name"))
			.isEqualTo("免费义务教育");
		clients.close();
	}

	private static void assertOneError(Response response, String code, String message) {
		assertThat((List<?>) response.read("$.errors")).as(response.body()).hasSize(1);
		assertThat((String) response.read("$.errors[0].extensions.code")).isEqualTo(code);
		assertThat((String) response.read("$.errors[0].message")).contains(message);
		assertThat(response.body()).doesNotContain("Exception").doesNotContain("cancelled");
	}

}
