package org.policygraph.httpcache;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.compile.RepeatedRequests;
import org.policygraph.neo4j.Neo4jReads;
import org.policygraph.support.App;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GET /graphql and the exports carry the graph's version as ETag; a client holding it
 * gets 304 without anything run, an ingest gives a new one, errors and POSTs are not
 * cached.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HttpCachingIT {

	private static final String TOKEN = "http-cache-admin-token-5e1d";

	private static final String LOOKUP = "{ serviceItem(no: 53) { name leadDepartments { name } } }";

	@TempDir
	static Path store;

	private App app;

	private final HttpClient http = HttpClient.newHttpClient();

	@BeforeAll
	void start() {
		app = App.embedded(store, Map.of("policygraph.api.admin-token", TOKEN));
	}

	@AfterAll
	void stop() {
		http.close();
		app.close();
	}

	@Test
	void theSameGraphGivesTheSameEtagOnEveryCacheableAnswer() {
		HttpResponse<String> first = get(graphql(LOOKUP), null);
		HttpResponse<String> again = get(graphql(LOOKUP), null);
		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(JsonPath.<String>read(first.body(), "$.data.serviceItem.name")).isEqualTo("法律援助");
		String etag = etag(first);
		assertThat(etag).startsWith("W/\"");
		assertThat(etag(again)).isEqualTo(etag);
		assertThat(first.headers().firstValue("Cache-Control")).hasValue("max-age=60, public");
		HttpResponse<String> csv = get("/export/service-items.csv", null);
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(etag(csv)).isEqualTo(etag);
		assertThat(csv.headers().firstValue("Cache-Control")).hasValue("max-age=60, public");
		assertThat(etag(get("/export/map/json?id=" + encode("省财政厅"), null))).isEqualTo(etag);
	}

	@Test
	void aClientHoldingTheCurrentVersionGets304AndNothingRuns() {
		String etag = etag(get(graphql(LOOKUP), null));
		Neo4jReads reads = app.bean(Neo4jReads.class);
		long before = reads.totalQueries();
		HttpResponse<String> notModified = get(graphql(LOOKUP), etag);
		assertThat(notModified.statusCode()).isEqualTo(304);
		assertThat(notModified.body()).isEmpty();
		assertThat(etag(notModified)).isEqualTo(etag);
		// the version's read, not the lookup's
		assertThat(reads.totalQueries() - before).isEqualTo(1);
		// a list of tags, one of them current, and the strong form of the weak tag match
		// too
		assertThat(get(graphql(LOOKUP), "\"other\", " + etag.substring(2)).statusCode()).isEqualTo(304);
		assertThat(get("/export/graph.graphml", etag).statusCode()).isEqualTo(304);
		assertThat(get(graphql(LOOKUP), "W/\"0.0.stale\"").statusCode()).isEqualTo(200);
	}

	@Test
	void errorsAreNeverStored() {
		HttpResponse<String> unknown = get(graphql("{ department(name: \"不存在的厅\") { name } }"), null);
		assertThat(unknown.statusCode()).isEqualTo(200);
		assertThat(JsonPath.<String>read(unknown.body(), "$.errors[0].extensions.classification"))
			.isEqualTo("NOT_FOUND");
		assertThat(unknown.headers().firstValue("ETag")).isEmpty();
		assertThat(unknown.headers().firstValue("Cache-Control")).hasValue("no-store");
		HttpResponse<String> invalid = get(graphql("{ serviceItem(no: 53) { nope } }"), null);
		assertThat(invalid.headers().firstValue("ETag")).isEmpty();
		assertThat(invalid.headers().firstValue("Cache-Control")).hasValue("no-store");
		HttpResponse<String> badVariables = get(graphql(LOOKUP) + "&variables=" + encode("[1"), null);
		assertThat(badVariables.statusCode()).isEqualTo(400);
		assertThat(JsonPath.<String>read(badVariables.body(), "$.errors[0].extensions.code")).isEqualTo("BAD_JSON");
		HttpResponse<String> noMap = get("/export/map/json?id=" + encode("财政局"), null);
		assertThat(noMap.statusCode()).isEqualTo(404);
		assertThat(noMap.headers().firstValue("ETag")).isEmpty();
		HttpResponse<String> tooDeep = get("/export/map/json?id=" + encode("省财政厅") + "&depth=9", null);
		assertThat(tooDeep.statusCode()).isEqualTo(400);
		assertThat(tooDeep.headers().firstValue("ETag")).isEmpty();
	}

	@Test
	void getRunsTheSameGuardAsPost() {
		String deep = "{ serviceItem(no: 1) { leadDepartments { leads { edges { node { leadDepartments { leads { edges { node { leadDepartments { leads { edges { node { name } } } } } } } } } } } } } }";
		HttpResponse<String> refused = get(graphql(deep), null);
		assertThat(JsonPath.<String>read(refused.body(), "$.errors[0].extensions.code")).isEqualTo("QUERY_TOO_DEEP");
		assertThat(refused.headers().firstValue("ETag")).isEmpty();
		HttpResponse<String> answered = get(
				graphql("query($n: Int!) { serviceItem(no: $n) { name } }") + "&variables=" + encode("{\"n\": 1}"),
				null);
		assertThat(JsonPath.<String>read(answered.body(), "$.data.serviceItem.name")).isEqualTo("免费义务教育");
		assertThat(JsonPath.<Integer>read(answered.body(), "$.extensions.cost")).isPositive();
	}

	@Test
	void postAnswersAreNotCached() throws IOException, InterruptedException {
		HttpResponse<String> post = http.send(HttpRequest.newBuilder(uri("/graphql"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"query\": \"" + LOOKUP.replace("\"", "\\\"") + "\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(post.statusCode()).isEqualTo(200);
		assertThat(post.headers().firstValue("ETag")).isEmpty();
		assertThat(post.headers().firstValue("Cache-Control").orElse("")).doesNotContain("max-age", "public");
	}

	/**
	 * The ingest test's POSTs: answered again without the engine, but from the graph as
	 * it is then (nothing of an answer is kept).
	 */
	private static final String DOCUMENTS = "{ documents(first: 1) { totalCount edges { node { number } } } }";

	@Test
	void anIngestGivesANewEtagAndTheOldOneNoLongerMatches() throws IOException, InterruptedException {
		RepeatedRequests repeats = app.bean(RepeatedRequests.class);
		app.graphql().post(DOCUMENTS);
		long repeated = repeats.answered();
		int documents = app.graphql().post(DOCUMENTS).read("$.data.documents.totalCount");
		assertThat(repeats.answered()).isEqualTo(repeated + 1);
		String before = etag(get(graphql(LOOKUP), null));
		String csvBefore = etag(get("/export/service-items.csv", null));
		byte[] page = Files
			.readAllBytes(Path.of("src/test/resources/documents/siping-sizhengbanfa-2017-110-disclosure-page.txt"));
		HttpResponse<String> ingest = http
			.send(HttpRequest.newBuilder(uri("/admin/ingest?name=siping-sizhengbanfa-2017-110-disclosure-page.txt"))
				.timeout(Duration.ofMinutes(2))
				.header("Authorization", "Bearer " + TOKEN)
				.header("Content-Type", "application/octet-stream")
				.POST(HttpRequest.BodyPublishers.ofByteArray(page))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(ingest.statusCode()).as(ingest.body()).isEqualTo(200);
		HttpResponse<String> after = get(graphql(LOOKUP), before);
		assertThat(after.statusCode()).isEqualTo(200);
		assertThat(etag(after)).isNotEqualTo(before);
		assertThat(get("/export/service-items.csv", csvBefore).statusCode()).isEqualTo(200);
		assertThat(get(graphql(LOOKUP), etag(after)).statusCode()).isEqualTo(304);
		int afterIngest = app.graphql().post(DOCUMENTS).read("$.data.documents.totalCount");
		assertThat(repeats.answered()).isEqualTo(repeated + 2);
		assertThat(afterIngest).isEqualTo(documents + 1);
	}

	private HttpResponse<String> get(String path, String ifNoneMatch) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofMinutes(1)).GET();
		if (ifNoneMatch != null) {
			request.header("If-None-Match", ifNoneMatch);
		}
		try {
			return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + app.port() + path);
	}

	private static String graphql(String query) {
		return "/graphql?query=" + encode(query);
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	private static String etag(HttpResponse<String> response) {
		return response.headers().firstValue("ETag").orElse(null);
	}

}
