package org.policygraph.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.policygraph.bench.LoadRun.Measurement;
import tools.jackson.databind.json.JsonMapper;

/**
 * A fifth client beside four cost bombs: its point lookups' latency alone, then while
 * four clients send, one after the other, the floods the security probe found and the
 * costliest requests still admitted. What the bombs got (answers, refusals, timeouts) is
 * counted by status and error code.
 */
public final class OverloadBenchmark {

	/** The fifth client's question, also asked by {@code OverloadIT}. */
	public static final String LOOKUP = "{ serviceItem(no: 1) { name } }";

	/**
	 * The nested fan-out that once built a 200 MB answer (one level deeper), 299 searches
	 * and 199 maps of depth 3 (refused for their cost), and two maps of depth 3 with
	 * their nodes and edges (about 18,000 of the 20,000 allowed, so admitted).
	 */
	public static final List<String> BOMBS = List.of(aliases(10,
			"serviceItems(first: 100) { edges { node { leadDepartments { leads(first: 100) { edges { node { leadDepartments { leads(first: 100) { edges { node { name } } } } } } } } } } }"),
			aliases(299, "search(text: \"服务\", first: 50) { score }"),
			aliases(199, "responsibilityMap(id: \"Department:省财政厅\", depth: 3) { nodes { id } }"),
			aliases(2, "responsibilityMap(id: \"Department:省财政厅\", depth: 3) { nodes { id } edges { source } }"));

	static final int BOMBERS = 4;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Pattern CODE = Pattern.compile("\"code\"\\s*:\\s*\"([A-Z_]+)\"");

	/**
	 * @param alone the lookups with the machine otherwise idle
	 * @param beside the lookups while the four bombers send
	 * @param bombs what the bombs got: "200 answered", "400 QUERY_TOO_COSTLY", ... and
	 * how often
	 */
	record Result(int run, Measurement alone, Measurement beside, Map<String, Integer> bombs) {
	}

	private final URI endpoint;

	private final HttpClient client = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	OverloadBenchmark(int port) {
		this.endpoint = URI.create("http://127.0.0.1:" + port + "/graphql");
	}

	Result measure(int run, Duration warmUp, Duration window) throws Exception {
		// each bomb's document parsed, validated and costed once, its plans cached
		for (String bomb : BOMBS) {
			send(bomb);
		}
		Target.Call lookup = lookup();
		Measurement alone = LoadRun.measure(lookup, 1, warmUp, window);
		AtomicBoolean bombing = new AtomicBoolean(true);
		Map<String, Integer> outcomes = new ConcurrentHashMap<>();
		CountDownLatch stopped = new CountDownLatch(BOMBERS);
		for (int c = 0; c < BOMBERS; c++) {
			int first = c;
			Thread.ofPlatform().name("bomber-" + c).daemon().start(() -> {
				try {
					for (int i = first; bombing.get(); i++) {
						outcomes.merge(send(BOMBS.get(i % BOMBS.size())), 1, Integer::sum);
					}
				}
				finally {
					stopped.countDown();
				}
			});
		}
		Measurement beside;
		try {
			// the bombs' warm-up is the lookups' own
			beside = LoadRun.measure(lookup, 1, warmUp.plusSeconds(1), window);
		}
		finally {
			bombing.set(false);
		}
		// a bomb still running ends by its deadline, or by its answer cap
		stopped.await();
		return new Result(run, alone, beside, new TreeMap<>(outcomes));
	}

	private Target.Call lookup() {
		HttpRequest request = request(LOOKUP);
		return () -> {
			HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
			return GraphQlTarget.roundTrips(response.statusCode(), response.body());
		};
	}

	/** One bomb; its outcome as the HTTP status and the first error's code. */
	private String send(String bomb) {
		try {
			HttpResponse<String> response = client.send(request(bomb), HttpResponse.BodyHandlers.ofString());
			Matcher code = CODE.matcher(response.body());
			String outcome = response.body().contains("\"errors\"") && code.find() ? code.group(1) : "answered";
			return response.statusCode() + " " + outcome;
		}
		catch (Exception ex) {
			return "no answer: " + ex.getClass().getSimpleName();
		}
	}

	private HttpRequest request(String query) {
		return HttpRequest.newBuilder(endpoint)
			.header("Content-Type", "application/json")
			.header("Accept", "application/graphql-response+json, application/json")
			.timeout(Duration.ofSeconds(60))
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("query", query))))
			.build();
	}

	/** One field asked {@code count} times under aliases a0, a1, ... in one document. */
	public static String aliases(int count, String field) {
		return IntStream.range(0, count)
			.mapToObj(i -> "a" + i + ": " + field)
			.collect(Collectors.joining(" ", "{ ", " }"));
	}

}
