package org.policygraph;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.neo4j.StandaloneDatabase;
import org.policygraph.support.App;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application in external mode against a Neo4j in another process on a loopback port: the path a
 * deployment on a Neo4j server or cluster takes, proven without Docker.
 */
class ExternalModeIT {

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
			assertThat(app.graphql().<List<String>>data("{ serviceItem(no: 1) { name leadDepartments { name } } }",
					"$.data.serviceItem.leadDepartments[*].name")).containsExactly("省财政厅", "省教育厅");
		}
	}

	static Process startDatabase(int port, Path store) throws IOException, InterruptedException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process process = new ProcessBuilder(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
				StandaloneDatabase.class.getName(), "--port=" + port, "--store=" + store)
			.redirectErrorStream(true)
			.redirectInput(ProcessBuilder.Redirect.PIPE)
			.start();
		BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
		String line;
		while ((line = out.readLine()) != null) {
			if (line.contains("policy-graph database ready")) {
				// Keep draining its output so the child never blocks on a full pipe.
				Thread.ofVirtual().start(() -> out.lines().forEach(l -> { }));
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
