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
import org.neo4j.driver.exceptions.ClientException;
import org.policygraph.neo4j.EmbeddedNeo4j;
import org.policygraph.neo4j.Neo4jReads;
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
		}
	}

	@Test
	void onlyPostRunsQueriesAndOtherMethodsAreAnsweredWithoutAStackTrace() {
		long before = reads.totalQueries();
		HttpResponse<String> get = send(
				HttpRequest.newBuilder(endpoint("/graphql?query=%7BserviceItem(no:1)%7Bname%7D%7D")).GET());
		assertThat(get.statusCode()).isEqualTo(405);
		HttpResponse<String> text = send(HttpRequest.newBuilder(endpoint("/graphql"))
			.header("Content-Type", "text/plain")
			.POST(HttpRequest.BodyPublishers.ofString("{\"query\": \"{ serviceItem(no: 1) { name } }\"}")));
		assertThat(text.statusCode()).isBetween(400, 499);
		for (HttpResponse<String> response : List.of(get, text)) {
			assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.").doesNotContain(".java");
		}
		assertThat(reads.totalQueries()).isEqualTo(before);
	}

	@Test
	void everyCatalogQueryPassesTheLimitsAsTextAndById() throws IOException {
		try (Stream<Path> files = Files.list(QueryCatalogIT.CATALOG)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".graphql")).sorted().toList()) {
				String name = file.getFileName().toString();
				Response asText = graphql.post(Files.readString(file));
				assertThat(asText.status()).as(name).isEqualTo(200);
				assertThat(asText.hasErrors()).as(asText.body()).isFalse();
				Response byName = graphql
					.postRaw(JSON.writeValueAsString(Map.of("documentId", name.replace(".graphql", ""))));
				assertThat(byName.status()).as(name).isEqualTo(200);
				assertThat((Object) byName.read("$.data")).as(name).isEqualTo(asText.read("$.data"));
			}
		}
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
	 * paths may not cross; with paths up to 8 long Neo4j searches all of them, which
	 * takes minutes. Three such questions in one request: the first is stopped by the
	 * query timeout (10 s), the second by what is left of the request timeout (15 s), the
	 * third doesn't start. Meanwhile the server answers everyone else.
	 */
	@Test
	void aSlowRequestIsCutOffWithAClearErrorWhileTheServerKeepsServing() throws Exception {
		String slow = Stream.of("a", "b", "c")
			.map(alias -> alias + ": connections(from: \"于亮\", to: \"法律援助\", maxLength: 8) { length }")
			.collect(Collectors.joining(" ", "{ ", " }"));
		long started = System.nanoTime();
		CompletableFuture<Response> cut = CompletableFuture.supplyAsync(() -> graphql.post(slow));
		TimeUnit.SECONDS.sleep(2);
		for (int i = 0; i < 3; i++) {
			assertThat(graphql.<String>data("{ __typename }", "$.data.__typename")).isEqualTo("Query");
			assertThat(graphql.<String>data("{ serviceItem(no: 1) { name } }", "$.data.serviceItem.name"))
				.isEqualTo("免费义务教育");
			HttpResponse<String> health = send(HttpRequest.newBuilder(endpoint("/actuator/health")).GET());
			assertThat(health.statusCode()).isEqualTo(200);
			assertThat(health.body()).contains("\"status\":\"UP\"");
		}
		assertThat(cut).as("still running while the others were answered").isNotDone();
		Response response = cut.get(90, TimeUnit.SECONDS);
		Duration took = Duration.ofNanos(System.nanoTime() - started);
		assertThat(response.status()).isEqualTo(200);
		assertThat(codeAt(response, "a")).isEqualTo("QUERY_TIMEOUT");
		assertThat(codeAt(response, "b")).isIn("QUERY_TIMEOUT", "REQUEST_TIMEOUT");
		assertThat(codeAt(response, "c")).isEqualTo("REQUEST_TIMEOUT");
		assertThat(response.body()).contains("took too long")
			.doesNotContain("allShortestPaths")
			.doesNotContain("Exception");
		// request timeout plus Neo4j's timeout check interval, far short of three 10 s
		// queries
		assertThat(took).isLessThan(Duration.ofSeconds(22));
		assertThat(graphql.<String>data("{ serviceItem(no: 1) { name } }", "$.data.serviceItem.name"))
			.isEqualTo("免费义务教育");
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
