package org.policygraph;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neo4j.driver.exceptions.ClientException;
import org.policygraph.bench.OverloadBenchmark;
import org.policygraph.neo4j.EmbeddedNeo4j;
import org.policygraph.neo4j.Neo4jReads;
import org.policygraph.neo4j.RequestTimeoutException;
import org.policygraph.support.GraphQlHttp.Response;
import org.policygraph.support.SeededGraphIT;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * The public API's limits, on the shared seeded graph. Every request that breaks a limit
 * is answered with a 4xx that names the limit, and costs no Cypher: the Cypher counter
 * doesn't move.
 */
class GuardrailsIT extends SeededGraphIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@Autowired
	Neo4jReads reads;

	@Autowired
	EmbeddedNeo4j embedded;

	@Test
	void aQueryNestedDeeperThanTwelveLevelsIsRefused() {
		// document → cites → cites → ... : valid GraphQL, 13 levels deep
		String deep = "{ document(number: \"吉政办发〔2017〕52号\") { " + "cites { ".repeat(11) + "number" + " }".repeat(12)
				+ " }";
		assertRefused(() -> graphql.post(deep), 400, "QUERY_TOO_DEEP");
		String twelve = "{ document(number: \"吉政办发〔2017〕52号\") { " + "cites { ".repeat(10) + "number" + " }".repeat(11)
				+ " }";
		assertThat(graphql.post(twelve).status()).isEqualTo(200);
	}

	@Test
	void aThousandAliasesOfOneFieldAreAThousandFields() {
		String flood = IntStream.range(0, 1000)
			.mapToObj(i -> "a" + i + ": serviceItem(no: 1) { name }")
			.collect(Collectors.joining(" ", "{ ", " }"));
		Response response = assertRefused(() -> graphql.post(flood), 400, "QUERY_TOO_COMPLEX");
		assertThat(message(response)).contains("aliases");
	}

	@Test
	void fragmentsThatSpreadThemselvesAreRefused() {
		assertRefused(() -> graphql.post("""
				{ ...A }
				fragment A on Query { ...B }
				fragment B on Query { issues { id } ...A }
				"""), 400, "GRAPHQL_VALIDATION_FAILED");
	}

	@Test
	void aFragmentBombIsRefusedAtOnce() {
		// 25 fragments, each spreading the next ten times: 10^25 expansions if anyone
		// tried
		String bomb = "{ ...F0 } " + IntStream.range(0, 25)
			.mapToObj(i -> "fragment F" + i + " on Query { " + ("...F" + (i + 1) + " ").repeat(10) + "}")
			.collect(Collectors.joining(" ")) + " fragment F25 on Query { __typename }";
		long started = System.nanoTime();
		assertRefused(() -> graphql.post(bomb), 400, "QUERY_TOO_COMPLEX");
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
	}

	@Test
	void aBodyOverTheLimitIsRefusedWhetherItsLengthIsDeclaredOrNot() throws Exception {
		String big = JSON.writeValueAsString(Map.of("query", "{ __typename }", "padding", "x".repeat(70_000)));
		assertRefused(() -> graphql.postRaw(big), 413, "REQUEST_TOO_LARGE");
		// chunked: no Content-Length, the filter stops reading after the limit
		assertRefused(
				() -> response(send(HttpRequest.newBuilder(endpoint("/graphql"))
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers
						.ofInputStream(() -> new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8)))))),
				413, "REQUEST_TOO_LARGE");
	}

	@Test
	void theParserStopsAtItsTokenAndNestingLimits() {
		String tokens = "{ " + "a ".repeat(16_000) + "}";
		Response response = assertRefused(() -> graphql.post(tokens), 400, "QUERY_TOO_COMPLEX");
		assertThat(message(response)).contains("parse");
		String nested = "{ " + "a { ".repeat(300) + "b" + " }".repeat(300) + " }";
		assertRefused(() -> graphql.post(nested), 400, "QUERY_TOO_DEEP");
	}

	@Test
	void malformedRequestsAreBadRequestsThatSayWhatIsWrong() {
		assertThat(message(assertRefused(() -> graphql.post("{ serviceItem(no: 1) { name }"), 400, "INVALID_SYNTAX")))
			.contains("line 1");
		assertThat(message(assertRefused(() -> graphql.post("{ serviceItem(no: 1) { salary } }"), 400,
				"GRAPHQL_VALIDATION_FAILED")))
			.contains("salary");
		assertRefused(() -> graphql.postRaw("{\"query\": \"{ __typename }\""), 400, "BAD_JSON");
		assertRefused(() -> graphql.postRaw("[{\"query\": \"{ __typename }\"}]"), 400, "BAD_JSON");
		assertRefused(() -> graphql.postRaw("{\"query\": 42}"), 400, "MISSING_QUERY");
		assertRefused(() -> graphql.postRaw("{}"), 400, "MISSING_QUERY");
		assertRefused(() -> graphql.postRaw("{\"documentId\": \"99-no-such-question\"}"), 400, "UNKNOWN_DOCUMENT");
	}

	@Test
	void aPageOfAThousandIsABadRequestBeforeAnyCypherRuns() {
		long before = reads.totalQueries();
		Response response = graphql.post("{ serviceItems(first: 1000) { totalCount } }");
		assertThat((String) response.read("$.errors[0].extensions.classification")).isEqualTo("BAD_REQUEST");
		assertThat(message(response)).contains("100");
		assertThat(reads.totalQueries()).isEqualTo(before);
	}

	@Test
	void theLimitsHoldOnEveryPathThatReachesTheEndpoint() {
		String flood = JSON.writeValueAsString(Map.of("query",
				IntStream.range(0, 700)
					.mapToObj(i -> "a" + i + ": __typename")
					.collect(Collectors.joining(" ", "{ ", " }"))));
		for (String path : List.of("/graphql", "/graphql;jsessionid=1", "/%67raphql", "/./graphql", "/x/../graphql")) {
			HttpResponse<String> response = send(HttpRequest.newBuilder(endpoint(path))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(flood)));
			assertThat(response.statusCode()).as(path).isIn(400, 404);
			assertThat(response.body()).as(path).doesNotContain("\"a0\"");
			HttpResponse<String> get = send(HttpRequest
				.newBuilder(endpoint(path + "?query="
						+ java.net.URLEncoder.encode(JSON.readTree(flood).get("query").asString(),
								StandardCharsets.UTF_8)))
				.GET());
			assertThat(get.statusCode()).as("GET " + path).isIn(200, 400, 404);
			assertThat(get.body()).as("GET " + path).doesNotContain("\"a0\"");
		}
	}

	@Test
	void onlyPostAndGetRunQueriesAndOtherMethodsAreAnsweredWithoutAStackTrace() {
		long before = reads.totalQueries();
		// GET runs a query given as ?query= (org.policygraph.httpcache); without one, or
		// by
		// another method, nothing runs
		HttpResponse<String> get = send(
				HttpRequest.newBuilder(endpoint("/graphql?q=%7BserviceItem(no:1)%7Bname%7D%7D")).GET());
		assertThat(get.statusCode()).isEqualTo(405);
		HttpResponse<String> put = send(
				HttpRequest.newBuilder(endpoint("/graphql?query=%7BserviceItem(no:1)%7Bname%7D%7D"))
					.PUT(HttpRequest.BodyPublishers.ofString("{\"query\": \"{ serviceItem(no: 1) { name } }\"}")));
		assertThat(put.statusCode()).isIn(404, 405);
		HttpResponse<String> text = send(HttpRequest.newBuilder(endpoint("/graphql"))
			.header("Content-Type", "text/plain")
			.POST(HttpRequest.BodyPublishers.ofString("{\"query\": \"{ serviceItem(no: 1) { name } }\"}")));
		assertThat(text.statusCode()).isBetween(400, 499);
		for (HttpResponse<String> response : List.of(get, put, text)) {
			assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.").doesNotContain(".java");
		}
		assertThat(reads.totalQueries()).isEqualTo(before);
	}

	@Test
	void everyCatalogQueryPassesTheLimitsAsTextAndById() throws IOException {
		Map<String, Long> costs = new java.util.TreeMap<>();
		try (Stream<Path> files = Files.list(QueryCatalogIT.CATALOG)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".graphql")).sorted().toList()) {
				String name = file.getFileName().toString();
				Response asText = graphql.post(Files.readString(file));
				assertThat(asText.status()).as(name).isEqualTo(200);
				assertThat(asText.hasErrors()).as(asText.body()).isFalse();
				long cost = ((Number) asText.read("$.extensions.cost")).longValue();
				costs.put(name, cost);
				Response byName = graphql
					.postRaw(JSON.writeValueAsString(Map.of("documentId", name.replace(".graphql", ""))));
				assertThat(byName.status()).as(name).isEqualTo(200);
				assertThat((Object) byName.read("$.data")).as(name).isEqualTo(asText.read("$.data"));
			}
		}
		System.out.println("costs of the catalog's questions: " + costs);
		assertThat(costs.values()).allSatisfy(cost -> assertThat(cost).isLessThanOrEqualTo(20_000));
	}

	@Test
	void theApiReadsInReadTransactionsThatRefuseToWrite() {
		assertThatThrownBy(() -> reads.list("CREATE (p:Probe {at: timestamp()}) RETURN p", Map.of(), r -> r))
			.isInstanceOf(ClientException.class)
			.hasMessageContaining("read");
		try (var session = driver.session()) {
			assertThat(session.run("MATCH (p:Probe) RETURN count(p) AS c").single().get("c").asLong()).isZero();
		}
	}

	/**
	 * A read that starts inside a request's time runs on what is left of it; when the
	 * database stops it there, the request's deadline stopped it (REQUEST_TIMEOUT), and a
	 * read on its own stops at the query timeout (QUERY_TIMEOUT).
	 */
	@ParameterizedTest(name = "auto-commit {0}")
	@ValueSource(booleans = { false, true })
	void aReadRunningPastTheRequestsDeadlineIsTheRequestsTimeout(boolean autoCommit) {
		String slow = "UNWIND range(1, 2000000000) AS x WITH x WHERE x % 7 = 0 RETURN count(*) AS c";
		Neo4jReads limited = new Neo4jReads(driver, Duration.ofMillis(400), Duration.ofMillis(300), autoCommit,
				Duration.ofSeconds(3));
		limited.beginRequest();
		long started = System.nanoTime();
		try {
			assertThatThrownBy(() -> limited.list(slow, Map.of(), r -> r)).isInstanceOf(RequestTimeoutException.class)
				.hasMessageContaining("300 ms");
		}
		finally {
			limited.endRequest();
		}
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
		assertThatThrownBy(() -> limited.list(slow, Map.of(), r -> r)).isInstanceOf(ClientException.class)
			.satisfies(ex -> assertThat(Neo4jReads.isTimeout(ex)).isTrue());
	}

	@Test
	void theAdminEndpointsDontExistWithoutAToken() {
		for (String path : List.of("/admin/reload", "/admin/ingest")) {
			HttpResponse<String> response = send(HttpRequest.newBuilder(endpoint(path))
				.header("Authorization", "Bearer ")
				.POST(HttpRequest.BodyPublishers.ofString("x")));
			assertThat(response.statusCode()).as(path).isEqualTo(404);
		}
	}

	@Test
	void theEmbeddedBoltPortListensOnLoopbackOnly() throws IOException {
		int port = embedded.boltPort();
		try (Socket loopback = new Socket()) {
			loopback.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 2000);
			assertThat(loopback.isConnected()).isTrue();
		}
		List<InetAddress> others = nonLoopbackAddresses();
		assumeFalse(others.isEmpty(), "this machine has no non-loopback address to try the Bolt port on");
		for (InetAddress address : others) {
			try (Socket outside = new Socket()) {
				assertThatThrownBy(() -> outside.connect(new InetSocketAddress(address, port), 2000))
					.as("Bolt on %s:%d", address.getHostAddress(), port)
					.isInstanceOf(IOException.class);
			}
		}
	}

	/**
	 * 于亮 (on the editorial board) and 法律援助 are connected only through the issue, which
	 * paths may not cross. When paths were filtered by their nodes, Neo4j fell back to
	 * searching every path up to length 8, until the query timeout; paths now follow only
	 * the relationship types they mean, so the answer is "no path", at once. Meanwhile
	 * the server answers everyone else.
	 */
	@Test
	void aPathWhoseOnlyWayRunsThroughAnIssueIsAnsweredAtOnce() throws Exception {
		String exhaustive = Stream.of("a", "b", "c")
			.map(alias -> alias + ": connections(from: \"于亮\", to: \"法律援助\", maxLength: 8) { length }")
			.collect(Collectors.joining(" ", "{ ", " }"));
		long started = System.nanoTime();
		CompletableFuture<Response> paths = CompletableFuture.supplyAsync(() -> graphql.post(exhaustive));
		assertThat(graphql.<String>data("{ serviceItem(no: 1) { name } }", "$.data.serviceItem.name"))
			.isEqualTo("免费义务教育");
		Response response = paths.get(30, TimeUnit.SECONDS);
		Duration took = Duration.ofNanos(System.nanoTime() - started);
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.hasErrors()).as(response.body()).isFalse();
		for (String alias : List.of("a", "b", "c")) {
			assertThat((List<?>) response.read("$.data." + alias)).as(alias).isEmpty();
		}
		assertThat(took).isLessThan(Duration.ofSeconds(5));
		// the paths that do exist are still found
		assertThat(graphql.<List<Integer>>data("{ connections(from: \"杜延华\", to: \"法律援助\", maxLength: 8) { length } }",
				"$.data.connections[*].length"))
			.isNotEmpty();
	}

	/**
	 * The filter's reading of a body is what the engine executes (AdmittedRequest): each
	 * body answers exactly as the same body with a member only Spring's decoder reads (it
	 * ignores it), values of every JSON type, operations picked by name and refusals
	 * included.
	 */
	@Test
	void aBodyReadByTheFilterAnswersAsSpringsDecoderReadsIt() {
		String item = "query Item($n: Int!) { serviceItem(no: $n) { no name } }";
		String two = item + " query Domain { serviceItems(where: {domain: \"基本公共教育\"}, first: 2) { totalCount } }";
		String where = "query Page($w: ServiceItemWhere, $first: Int) { serviceItems(where: $w, first: $first) "
				+ "{ totalCount edges { node { no name } } } }";
		List<String> bodies = List.of("{\"query\":" + JSON.writeValueAsString(item) + ",\"variables\":{\"n\":53}}",
				"{\"query\":" + JSON.writeValueAsString(item) + ",\"variables\":{\"n\":53.0}}",
				"{\"query\":" + JSON.writeValueAsString(item) + ",\"variables\":{\"n\":12345678901}}",
				"{\"query\":" + JSON.writeValueAsString(item) + ",\"variables\":{\"n\":\"53\"}}",
				"{\"query\":" + JSON.writeValueAsString(item) + ",\"variables\":{}}",
				"{\"query\":" + JSON.writeValueAsString(two) + ",\"operationName\":\"Domain\"}",
				"{\"query\":" + JSON.writeValueAsString(two) + ",\"operationName\":null}",
				"{\"query\":" + JSON.writeValueAsString(where)
						+ ",\"variables\":{\"w\":{\"leadDepartment\":\"财政厅\",\"text\":\"法律\\u63f4助\"},\"first\":3},"
						+ "\"extensions\":{\"note\":[1,2.5,null,true]}}",
				"{\"query\":" + JSON.writeValueAsString(where) + ",\"variables\":{\"w\":{\"payers\":[\"NOBODY\"]}}}");
		for (String body : bodies) {
			String decoderOnly = body.substring(0, body.length() - 1) + ",\"unread\":0}";
			Response admitted = response(post(body));
			Response decoded = response(post(decoderOnly));
			assertThat(admitted.status()).as(body).isEqualTo(decoded.status());
			assertThat(admitted.body()).as(body).isEqualTo(decoded.body());
		}
	}

	private HttpResponse<String> post(String body) {
		return send(HttpRequest.newBuilder(endpoint("/graphql"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/**
	 * The filter read a GBK body as UTF-8 and Spring decoded it as GBK, so an operation
	 * hidden from the filter ran; now bodies must be UTF-8 and the limits apply to the
	 * document the engine runs.
	 */
	@Test
	void bodiesInAnyCharsetButUtf8AreRefusedUnread() {
		String body = JSON.writeValueAsString(Map.of("query", "{ serviceItem(no: 1) { name } }"));
		for (String charset : List.of("GBK", "Big5", "GB18030", "\"gbk\"", "ISO-8859-1", "UTF-16")) {
			Response response = assertRefused(
					() -> response(send(HttpRequest.newBuilder(endpoint("/graphql"))
						.header("Content-Type", "application/json;charset=" + charset)
						.POST(HttpRequest.BodyPublishers.ofByteArray(body.getBytes(StandardCharsets.UTF_8))))),
					415, "UNSUPPORTED_CHARSET");
			assertThat(message(response)).as(charset).contains("UTF-8");
		}
		for (String charset : List.of("UTF-8", "utf-8", "\"UTF-8\"")) {
			HttpResponse<String> response = send(HttpRequest.newBuilder(endpoint("/graphql"))
				.header("Content-Type", "application/json; charset=" + charset)
				.POST(HttpRequest.BodyPublishers.ofString(body)));
			assertThat(response.statusCode()).as(charset).isEqualTo(200);
			assertThat(response.body()).contains("免费义务教育");
		}
	}

	/**
	 * 50 aliases of a nested fan-out: fewer than 600 fields and 12 levels, yet about a
	 * million items of answer (it built 200 MB in 40 s). Refused for its cost before any
	 * Cypher runs, like the other expensive floods; the refusal names the limit and the
	 * cost.
	 */
	@Test
	void costBombsUnderTheFieldLimitAreRefusedForTheirCostBeforeAnyWork() {
		String fanOut = OverloadBenchmark.aliases(50,
				"serviceItems(first: 100) { edges { node { leadDepartments { leads(first: 100) { edges { node { name } } } } } } }");
		String searches = OverloadBenchmark.aliases(299, "search(text: \"服务\", first: 50) { score }");
		String maps = OverloadBenchmark.aliases(199,
				"responsibilityMap(id: \"Department:省财政厅\", depth: 3) { nodes { id } }");
		for (String bomb : List.of(fanOut, searches, maps)) {
			long started = System.nanoTime();
			Response response = assertRefused(() -> graphql.post(bomb), 400, "QUERY_TOO_COSTLY");
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
			long cost = ((Number) response.read("$.errors[0].extensions.cost")).longValue();
			assertThat(cost).isGreaterThan(20_000);
			assertThat((Integer) response.read("$.errors[0].extensions.limit")).isEqualTo(20_000);
			assertThat(message(response)).contains("20000").contains(String.valueOf(cost));
		}
		assertThat(graphql.<String>data("{ serviceItem(no: 1) { name } }", "$.data.serviceItem.name"))
			.isEqualTo("免费义务教育");
	}

	@Test
	void everyAnswerReportsWhatItCost() {
		Response response = graphql.post("{ serviceItem(no: 1) { name leadDepartments { name } } }");
		assertThat(((Number) response.read("$.extensions.cost")).longValue()).isEqualTo(506);
		Response page = graphql.post("{ serviceItems(first: 100) { edges { node { name } } } }");
		assertThat(((Number) page.read("$.extensions.cost")).longValue()).isGreaterThan(600);
	}

	@Test
	void theHealthEndpointShowsNoInsidesAndUnservedPathsAreNotFound() {
		HttpResponse<String> health = send(HttpRequest.newBuilder(endpoint("/actuator/health")).GET());
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).contains("\"status\":\"UP\"")
			.doesNotContain("details")
			.doesNotContain("components")
			.doesNotContain("neo4j")
			.doesNotContain(String.valueOf(embedded.boltPort()))
			.doesNotContain("2026.");
		for (String path : List.of("/actuator/health/x/y", "/actuator/health/neo4j/x", "/actuator/health/x", "/error",
				"/error/x", "/actuator/nope", "/actuator/health/./x/y")) {
			HttpResponse<String> response = send(HttpRequest.newBuilder(endpoint(path)).GET());
			assertThat(response.statusCode()).as(path).isIn(400, 404);
			assertThat(response.body()).as(path).doesNotContain("Exception").doesNotContain("contributor");
		}
	}

	/**
	 * graphql-java words coercion failures with Java classes and syntax-tree nodes, and a
	 * serial of 14 digits failed with NumberFormatException's message; now every such
	 * answer names the argument or variable and what it expected.
	 */
	@Test
	void inputThatDoesntFitTheSchemaIsToldInTheSchemasWords() {
		String byNo = "query($n: Int!) { serviceItem(no: $n) { name } }";
		Map<Object, String> variables = new java.util.LinkedHashMap<>();
		variables.put(List.of(1), "expected an Int, got a list");
		variables.put(Map.of("a", 1), "expected an Int, got an object");
		variables.put("x", "expected an Int, got a string");
		variables.put(99_999_999_999L, "from -2147483648 to 2147483647, got 99999999999");
		variables.forEach((value, expected) -> {
			Response response = graphql.post(byNo, Map.of("n", value));
			assertThat(response.status()).isEqualTo(400);
			assertThat(message(response)).as(value.toString()).startsWith("variable $n").contains(expected);
			assertNoJavaIn(response);
		});
		for (String literal : List.of("99999999999", "\"x\"", "[1]")) {
			Response response = graphql.post("{ serviceItem(no: " + literal + ") { name } }");
			assertThat(message(response)).as(literal).contains("argument 'no' of serviceItem must be an Int");
			assertNoJavaIn(response);
		}
		Response payer = graphql.post("{ serviceItems(where: {payers: [{payer: NOPE}]}) { totalCount } }");
		assertThat(message(payer)).contains("Payer");
		assertNoJavaIn(payer);
		for (String number : List.of("吉政办发〔2017〕99999999999999号", "吉政办发〔2017〕9999999999号")) {
			Response serial = graphql.post("{ document(number: \"" + number + "\") { title } }");
			assertThat(message(serial)).contains("serial number").contains("at most 6");
			assertThat((String) serial.read("$.errors[0].extensions.classification")).isEqualTo("BAD_REQUEST");
			assertNoJavaIn(serial);
		}
	}

	/**
	 * A client that announces a body and sends a byte now and then is cut with 408 once
	 * it falls below the minimum rate (1 kB/s after the first second), while others are
	 * served.
	 */
	@Test
	void aBodyThatTricklesIsCutWith408WhileOthersAreServed() throws Exception {
		try (Socket slow = new Socket(InetAddress.getLoopbackAddress(), port)) {
			slow.setSoTimeout(15_000);
			var out = slow.getOutputStream();
			out.write(("POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
					+ "Content-Length: 60000\r\n\r\n{")
				.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			long started = System.nanoTime();
			CompletableFuture<String> answer = CompletableFuture.supplyAsync(() -> {
				try {
					return new String(slow.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
				}
				catch (IOException ex) {
					return ex.toString();
				}
			});
			while (!answer.isDone() && System.nanoTime() - started < TimeUnit.SECONDS.toNanos(12)) {
				try {
					out.write(' ');
					out.flush();
				}
				catch (IOException closed) {
					break;
				}
				assertThat(graphql.<String>data("{ serviceItem(no: 1) { name } }", "$.data.serviceItem.name"))
					.isEqualTo("免费义务教育");
				TimeUnit.MILLISECONDS.sleep(500);
			}
			assertThat(answer.get(15, TimeUnit.SECONDS)).isEqualTo("HTTP/1.1 408");
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(8));
		}
	}

	private static void assertNoJavaIn(Response response) {
		assertThat(response.body()).doesNotContain("ArrayList")
			.doesNotContain("LinkedHashMap")
			.doesNotContain("Value{")
			.doesNotContain("Exception")
			.doesNotContain("For input string")
			.doesNotContain("java.");
	}

	private Response assertRefused(Supplier<Response> request, int status, String code) {
		long before = reads.totalQueries();
		Response response = request.get();
		assertThat(response.status()).as(response.body()).isEqualTo(status);
		assertThat((String) response.read("$.errors[0].extensions.code")).isEqualTo(code);
		assertThat(message(response)).isNotBlank();
		assertThat(reads.totalQueries()).as("Cypher queries run for a refused request").isEqualTo(before);
		return response;
	}

	private static Response response(HttpResponse<String> response) {
		return new Response(response.statusCode(), response.body());
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private URI endpoint(String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}

	private static String message(Response response) {
		return response.read("$.errors[0].message");
	}

	private static String codeAt(Response response, String alias) {
		List<String> codes = response.read("$.errors[?(@.path[0] == '" + alias + "')].extensions.code");
		return codes.isEmpty() ? null : codes.getFirst();
	}

	private static List<InetAddress> nonLoopbackAddresses() throws SocketException {
		return NetworkInterface.networkInterfaces().filter(nic -> {
			try {
				return nic.isUp() && !nic.isLoopback();
			}
			catch (SocketException ex) {
				return false;
			}
		})
			.flatMap(NetworkInterface::inetAddresses)
			.filter(address -> !address.isLoopbackAddress() && !address.isLinkLocalAddress())
			.toList();
	}

}
