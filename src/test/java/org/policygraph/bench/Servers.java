package org.policygraph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The processes a run measures, each started from what a deployment runs: the application
 * jar's {@code db} command (the one database everything shares), the jar again as our API
 * in external mode, and the peer's Node server. Output goes to log files; a process is
 * ready when its log says so.
 */
final class Servers implements AutoCloseable {

	record Server(String name, Process process, int port, Path log) {
	}

	private final Path projectDir;

	private final Path logs;

	private final String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();

	private final List<Server> started = new java.util.concurrent.CopyOnWriteArrayList<>();

	Servers(Path projectDir, Path logs) throws IOException {
		this.projectDir = projectDir;
		this.logs = Files.createDirectories(logs);
		// an interrupted run (Ctrl-C) still stops the processes it started, each by its
		// own handle
		Runtime.getRuntime()
			.addShutdownHook(new Thread(() -> List.copyOf(started).forEach(s -> s.process().destroy())));
	}

	/**
	 * The standalone database on a free loopback port, over the given store directory.
	 */
	Server database(String name, Path store, long pageCacheBytes) throws IOException, InterruptedException {
		int port = freePort();
		return start(name, port, "policy-graph database ready", Duration.ofMinutes(3), Map.of(), java, "-Xmx2g", "-jar",
				jar().toString(), "db", "--port=" + port, "--store=" + store.toAbsolutePath(),
				"--page-cache=" + pageCacheBytes);
	}

	/**
	 * Our API in external mode; on a fresh database it applies the schema and seeds the
	 * real gazette first.
	 */
	Server ours(String name, Server database) throws IOException, InterruptedException {
		int port = freePort();
		// BENCH_OURS_JVM adds JVM options to our API's process, e.g. a flight recording
		// to see where its CPU goes.
		List<String> command = new java.util.ArrayList<>(List.of(java, "-Xmx1g"));
		command.addAll(Stream.of(System.getenv().getOrDefault("BENCH_OURS_JVM", "").split("\\s+"))
			.filter(s -> !s.isBlank())
			.toList());
		// BENCH_AUTO_COMMIT=false: our reads and raw's in managed transactions
		// (RawTarget)
		command.add("-Dpolicygraph.api.auto-commit-reads=" + RawTarget.AUTO_COMMIT);
		command.addAll(List.of("-jar", jar().toString(), "--spring.neo4j.uri=bolt://127.0.0.1:" + database.port(),
				"--server.port=" + port));
		return start(name, port, "Started PolicyGraphApplication", Duration.ofMinutes(5), Map.of(),
				command.toArray(String[]::new));
	}

	/**
	 * The peer: @neo4j/graphql served by graphql-yoga (npm ci must have run in
	 * src/bench/peer).
	 */
	Server peer(String name, Server database) throws IOException, InterruptedException {
		int port = freePort();
		Path server = projectDir.resolve("src/bench/peer/server.js");
		return start(name, port, "peer ready", Duration.ofMinutes(2),
				Map.of("NEO4J_URI", "bolt://127.0.0.1:" + database.port(), "PORT", String.valueOf(port)), "node",
				server.toString());
	}

	private Server start(String name, int port, String readyLine, Duration timeout, Map<String, String> env,
			String... command) throws IOException, InterruptedException {
		Path log = logs.resolve(name + ".log");
		ProcessBuilder builder = new ProcessBuilder(command).directory(projectDir.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile());
		builder.environment().putAll(env);
		Process process = builder.start();
		Server server = new Server(name, process, port, log);
		started.add(server);
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (Files.readString(log, StandardCharsets.UTF_8).contains(readyLine)) {
				return server;
			}
			if (!process.isAlive()) {
				throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
			}
			Thread.sleep(200);
		}
		throw new IllegalStateException(name + " not ready after " + timeout + "; see " + log);
	}

	/** Stops one server (by its own process handle) and waits for it. */
	void stop(Server server) throws InterruptedException {
		server.process().destroy();
		if (!server.process().waitFor(60, TimeUnit.SECONDS)) {
			server.process().destroyForcibly().waitFor(10, TimeUnit.SECONDS);
		}
		started.remove(server);
	}

	@Override
	public void close() throws InterruptedException {
		for (Server server : List.copyOf(started).reversed()) {
			stop(server);
		}
	}

	Path jar() throws IOException {
		try (Stream<Path> files = Files.list(projectDir.resolve("target"))) {
			return files.filter(f -> f.getFileName().toString().matches("policy-graph-.*\\.jar"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("no target/policy-graph-*.jar; run ./mvnw package first"));
		}
	}

	static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
