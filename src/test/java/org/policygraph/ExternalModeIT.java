package org.policygraph;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.neo4j.EmbeddedNeo4j;
import org.policygraph.neo4j.EmbeddedNeo4jProperties;
import org.policygraph.neo4j.StandaloneDatabase;
import org.policygraph.support.App;
import org.policygraph.support.GraphQlHttp.Response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The application in external mode against a Neo4j in another process on a loopback port:
 * the path a deployment on a Neo4j server or cluster takes, proven without Docker.
 */
class ExternalModeIT {

	private static final String QUESTION = "{ serviceItem(no: 1) { name } }";

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@TempDir
	Path store;

	private Process database;

	@AfterEach
	void stopDatabase() throws InterruptedException {
		if (database != null) {
			database.destroy();
			database.waitFor(30, TimeUnit.SECONDS);
		}
	}

	@Test
	void answersFromASeparatelyStartedNeo4j() throws Exception {
		int port = freePort();
		database = startDatabase(port, store);
		try (App app = App.start(Map.of("spring.neo4j.uri", "bolt://127.0.0.1:" + port))) {
			assertThat(app.hasBean(org.policygraph.neo4j.EmbeddedNeo4j.class)).as("no embedded database").isFalse();
			assertThat(app.graphql()
				.<List<String>>data("{ serviceItem(no: 1) { name leadDepartments { name } } }",
						"$.data.serviceItem.leadDepartments[*].name"))
				.containsExactly("省财政厅", "省教育厅");
		}
	}

	/**
	 * The database process is killed: the API answers 503 with DATABASE_UNAVAILABLE and
	 * health is DOWN within seconds, a second process can't take the store over
	 * meanwhile, and when the database is back on the same store and port the API answers
	 * again without being restarted.
	 */
	@Test
	@Tag("slow")
	void anOutageIsA503AndHealthDownAndTheServiceRecoversByItself() throws Exception {
		int port = freePort();
		database = startDatabase(port, store);
		try (App app = App.start(Map.of("spring.neo4j.uri", "bolt://127.0.0.1:" + port))) {
			assertThat(app.graphql().<String>data(QUESTION, "$.data.serviceItem.name")).isEqualTo("免费义务教育");
			assertThat(health(app).statusCode()).isEqualTo(200);

			long opening = System.nanoTime();
			assertThatThrownBy(() -> EmbeddedNeo4j
				.start(new EmbeddedNeo4jProperties(store, 0, 64L * 1024 * 1024, Duration.ofSeconds(30))))
				.as("a second process on the database's store")
				.hasMessageContaining("already in use");
			assertThat(Duration.ofNanos(System.nanoTime() - opening)).isLessThan(Duration.ofSeconds(30));

			database.destroyForcibly();
			assertThat(database.waitFor(30, TimeUnit.SECONDS)).isTrue();

			long asked = System.nanoTime();
			Response during = app.graphql().post(QUESTION);
			assertThat(Duration.ofNanos(System.nanoTime() - asked)).as("answered without waiting out the outage")
				.isLessThan(Duration.ofSeconds(12));
			assertThat(during.status()).as(during.body()).isEqualTo(503);
			assertThat((String) during.read("$.errors[0].extensions.code")).isEqualTo("DATABASE_UNAVAILABLE");
			assertThat(during.body()).doesNotContain("Exception").doesNotContain("bolt://");
			HttpResponse<String> down = health(app);
			assertThat(down.statusCode()).isEqualTo(503);
			assertThat(down.body()).contains("\"status\":\"DOWN\"");
			assertThat(app.graphql().<String>data("{ __typename }", "$.data.__typename")).as("the server itself")
				.isEqualTo("Query");

			database = startDatabase(port, store);
			// the first queries after a crash recovery compile cold and may time out: ask
			// until one answers
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
			Response after = app.graphql().post(QUESTION);
			while ((after.status() != 200 || after.hasErrors()) && System.nanoTime() < deadline) {
				Thread.sleep(1000);
				after = app.graphql().post(QUESTION);
			}
			assertThat(after.status()).as(after.body()).isEqualTo(200);
			assertThat(after.hasErrors()).as(after.body()).isFalse();
			assertThat((String) after.read("$.data.serviceItem.name")).isEqualTo("免费义务教育");
			assertThat(health(app).statusCode()).isEqualTo(200);
		}
	}

	private HttpResponse<String> health(App app) {
		try {
			return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/actuator/health"))
				.timeout(Duration.ofSeconds(30))
				.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	static Process startDatabase(int port, Path store) throws IOException, InterruptedException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process process = new ProcessBuilder(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
				StandaloneDatabase.class.getName(), "--port=" + port, "--store=" + store)
			.redirectErrorStream(true)
			.redirectInput(ProcessBuilder.Redirect.PIPE)
			.start();
		BufferedReader out = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
		String line;
		while ((line = out.readLine()) != null) {
			if (line.contains("policy-graph database ready")) {
				// Keep draining its output so the child never blocks on a full pipe.
				Thread.ofVirtual().start(() -> out.lines().forEach(l -> {
				}));
				return process;
			}
			if (System.nanoTime() > deadline) {
				break;
			}
		}
		process.destroyForcibly();
		throw new IllegalStateException("the database process did not start");
	}

	static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
