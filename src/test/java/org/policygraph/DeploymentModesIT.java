package org.policygraph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import graphql.introspection.Introspection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policygraph.support.App;
import org.policygraph.support.GazetteText;
import org.policygraph.support.GraphFingerprint;
import org.policygraph.support.GraphQlHttp.Response;
import org.policygraph.support.SeededGraphIT;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A locked-down deployment next to the default one, in the same JVM: introspection off,
 * only the published queries, and an admin token for the endpoints that write. The
 * default application (the shared context) keeps introspecting, which proves the switch
 * is per application, not JVM-wide.
 */
class DeploymentModesIT extends SeededGraphIT {

	private static final String TOKEN = "test-admin-token-7f3a";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private static final String INTROSPECTION = "{ __schema { queryType { name } } }";

	private static Path store;

	private static App lockedDown;

	@BeforeAll
	static void startLockedDownApplication() throws IOException {
		store = Files.createTempDirectory("policy-graph-locked-");
		lockedDown = App.embedded(store, Map.of("spring.graphql.schema.introspection.enabled", "false",
				"policygraph.api.trusted-documents", "true", "policygraph.api.admin-token", TOKEN));
	}

	@AfterAll
	static void stopLockedDownApplication() {
		if (lockedDown != null) {
			lockedDown.close();
		}
	}

	@Test
	void introspectionIsOffInTheLockedDownApplicationOnly() {
		Response refused = lockedDown.graphql().post(INTROSPECTION);
		assertThat(refused.status()).isEqualTo(403);
		assertThat((String) refused.read("$.errors[0].extensions.code")).isEqualTo("INTROSPECTION_DISABLED");
		assertThat(lockedDown.graphql().post("{ __type(name: \"Query\") { name } }").status()).isEqualTo(403);
		assertThat(get(lockedDown.port(), "/graphql/schema").statusCode()).isEqualTo(404);
		assertThat(get(lockedDown.port(), "/graphiql").statusCode()).isEqualTo(404);

		assertThat(Introspection.isEnabledJvmWide()).as("graphql-java's JVM-wide switch").isTrue();
		assertThat(graphql.<String>data(INTROSPECTION, "$.data.__schema.queryType.name")).isEqualTo("Query");
		assertThat(get(port, "/graphql/schema").body()).contains("type Query");
	}

	@Test
	void onlyThePublishedQueriesRunAsTextOrById() throws IOException {
		Path file = QueryCatalogIT.CATALOG.resolve("01-item-leads.graphql");
		String text = Files.readString(file);
		Response asText = lockedDown.graphql().post(text);
		assertThat(asText.status()).isEqualTo(200);
		assertThat((String) asText.read("$.data.serviceItem.name")).isEqualTo("免费义务教育");
		// formatting and comments don't matter, the syntax tree does
		String oneLine = text.lines().filter(line -> !line.startsWith("#")).collect(Collectors.joining(" "));
		Response reformatted = lockedDown.graphql().post("# the same question\n" + oneLine.replaceAll("\\s+", "   "));
		assertThat(reformatted.status()).as(reformatted.body()).isEqualTo(200);
		assertThat((Object) reformatted.read("$.data")).isEqualTo(asText.read("$.data"));
		String hash = "sha256:" + HexFormat.of().formatHex(sha256(text));
		for (String id : List.of("01-item-leads", "01-item-leads.graphql", hash)) {
			Response byId = lockedDown.graphql().postRaw(JSON.writeValueAsString(Map.of("documentId", id)));
			assertThat(byId.status()).as(id).isEqualTo(200);
			assertThat((Object) byId.read("$.data")).as(id).isEqualTo(asText.read("$.data"));
		}

		for (String adHoc : List.of("{ serviceItem(no: 1) { name } }",
				text.replace("name englishName }", "name englishName id }"), "{ __typename }")) {
			Response refused = lockedDown.graphql().post(adHoc);
			assertThat(refused.status()).as(adHoc).isEqualTo(403);
			assertThat((String) refused.read("$.errors[0].extensions.code")).isEqualTo("UNTRUSTED_DOCUMENT");
		}
		// a published operation beside another in one document, whichever is named to
		// run:
		// the document the engine runs is not a published one
		String operation = text.replaceAll("(?s).*?query (\\w+).*", "$1");
		String beside = text + "\nquery Other { serviceItem(no: 2) { name } }";
		for (String name : List.of("Other", operation)) {
			Response refused = lockedDown.graphql()
				.postRaw(JSON.writeValueAsString(Map.of("query", beside, "operationName", name)));
			assertThat(refused.status()).as(name).isEqualTo(403);
			assertThat((String) refused.read("$.errors[0].extensions.code")).isEqualTo("UNTRUSTED_DOCUMENT");
		}
		assertThat(graphql.post("{ serviceItem(no: 1) { name } }").status()).as("the default application")
			.isEqualTo(200);
	}

	@Test
	void theAdminEndpointsNeedTheToken() {
		for (String authorization : List.of("", "Bearer", "Bearer ", "Bearer wrong", "Bearer " + TOKEN + "x",
				"Basic " + TOKEN, TOKEN)) {
			HttpResponse<String> response = admin("/admin/reload", authorization, new byte[0]);
			assertThat(response.statusCode()).as("Authorization: %s", authorization).isEqualTo(401);
			assertThat(response.headers().firstValue("WWW-Authenticate"))
				.hasValueSatisfying(v -> v.startsWith("Bearer"));
		}
	}

	@Test
	void reloadingAndReingestingLeaveTheGraphAsItWas() throws IOException {
		GraphFingerprint before = GraphFingerprint.of(lockedDown.driver());
		assertThat(before.issues()).isEqualTo(1);

		HttpResponse<String> reload = admin("/admin/reload", "Bearer " + TOKEN, new byte[0]);
		assertThat(reload.statusCode()).as(reload.body()).isEqualTo(200);
		assertThat(reload.body()).contains("\"serviceItems\":85");
		assertThat(GraphFingerprint.of(lockedDown.driver())).isEqualTo(before);

		HttpResponse<String> ingest = admin("/admin/ingest?name=" + GazetteText.FILE.getFileName(), "Bearer " + TOKEN,
				Files.readAllBytes(GazetteText.FILE));
		assertThat(ingest.statusCode()).as(ingest.body()).isEqualTo(200);
		assertThat(ingest.body()).contains("\"serviceItems\":85");
		assertThat(GraphFingerprint.of(lockedDown.driver())).isEqualTo(before);
	}

	@Test
	void aMalformedGazetteIsRefusedWithItsLineAndWritesNothing() {
		GraphFingerprint before = GraphFingerprint.of(lockedDown.driver());
		List<String> lines = GazetteText.lines();
		// line 613, item 7 of the service list, loses its funding and lead cells
		String row = lines.get(612);
		lines.set(612, String.join("\t", Arrays.copyOf(row.split("\t"), 4)));
		HttpResponse<String> response = admin("/admin/ingest?name=broken.txt", "Bearer " + TOKEN,
				String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("broken.txt:613").contains("expected 6").doesNotContain("Exception");
		assertThat(GraphFingerprint.of(lockedDown.driver())).isEqualTo(before);
	}

	private static HttpResponse<String> admin(String path, String authorization, byte[] body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + lockedDown.port() + path))
			.timeout(Duration.ofMinutes(3))
			.header("Content-Type", "text/plain; charset=utf-8")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body));
		if (!authorization.isEmpty()) {
			request.header("Authorization", authorization);
		}
		return send(request);
	}

	private static HttpResponse<String> get(int port, String path) {
		return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET());
	}

	private static HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] sha256(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
