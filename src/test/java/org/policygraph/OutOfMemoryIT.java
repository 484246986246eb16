package org.policygraph;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.support.GraphQlHttp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A server that runs out of memory exits, so that its supervisor starts a new one, rather
 * than staying up without answering (an OutOfMemoryError had killed Tomcat's acceptor and
 * poller threads and left a process that never answered again). The child runs as the
 * README says to run the jar ({@code -XX:+ExitOnOutOfMemoryError}) with a small heap and
 * its cost, answer and time limits lifted, so that nothing but the heap stops the fan-out
 * that built 200 MB answers; a restart on the same store then serves again.
 */
@Tag("slow")
class OutOfMemoryIT {

	@TempDir
	Path store;

	@Test
	void aServerOutOfMemoryExitsAndARestartServesAgain() throws Exception {
		int port = freePort();
		// The parallel collector gives up (OutOfMemoryError) once it spends most of its
		// time collecting to free little, instead of thrashing for minutes first.
		Process child = start(port, "-Xmx200m", "-XX:+UseParallelGC", "-XX:GCTimeLimit=80", "-XX:GCHeapFreeLimit=10",
				"--policygraph.api.max-cost=2000000000", "--policygraph.api.max-concurrent=16",
				"--policygraph.api.max-answer-bytes=100000000000", "--policygraph.api.request-timeout=300s",
				"--policygraph.api.query-timeout=300s");
		List<String> log = new CopyOnWriteArrayList<>();
		try {
			awaitReady(child, log);
			GraphQlHttp graphql = new GraphQlHttp(port);
			long started = System.nanoTime();
			try (var clients = Executors.newVirtualThreadPerTaskExecutor()) {
				for (int c = 0; c < 6; c++) {
					clients.submit(() -> {
						while (child.isAlive() && System.nanoTime() - started < TimeUnit.SECONDS.toNanos(240)) {
							try {
								graphql.post(ExecutionLimitsIT.FAN_OUT);
							}
							catch (RuntimeException refusedOrReset) {
								// the server went away mid-answer, as it should
							}
						}
					});
				}
				assertThat(child.waitFor(250, TimeUnit.SECONDS)).as("the process exited; its log:%n%s", tail(log))
					.isTrue();
			}
			System.out.println("out of memory: exited with " + child.exitValue() + " after "
					+ Duration.ofNanos(System.nanoTime() - started).toSeconds() + " s");
			assertThat(child.exitValue()).isNotZero();
			assertThat(String.join("\n", log)).contains("OutOfMemoryError");
		}
		finally {
			child.destroyForcibly();
			child.waitFor(30, TimeUnit.SECONDS);
		}
		Process restarted = start(port, "-Xmx384m");
		try {
			List<String> again = new CopyOnWriteArrayList<>();
			awaitReady(restarted, again);
			assertThat(new GraphQlHttp(port).<String>data("{ serviceItem(no: 1) { name } }", "$.data.serviceItem.name"))
				.isEqualTo("免费义务教育");
		}
		finally {
			restarted.destroy();
			restarted.waitFor(60, TimeUnit.SECONDS);
			restarted.destroyForcibly();
		}
	}

	/** JVM options (from "-") then application arguments ("--"). */
	private Process start(int port, String... options) throws IOException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		List<String> command = new ArrayList<>(List.of(java, "-XX:+ExitOnOutOfMemoryError"));
		Stream.of(options).filter(o -> !o.startsWith("--")).forEach(command::add);
		command.addAll(List.of("-cp", System.getProperty("java.class.path"), PolicyGraphApplication.class.getName(),
				"--server.port=" + port, "--policygraph.embedded.store-path=" + store,
				"--policygraph.embedded.page-cache=67108864"));
		Stream.of(options).filter(o -> o.startsWith("--")).forEach(command::add);
		return new ProcessBuilder(command).redirectErrorStream(true).start();
	}

	/** Reads the child's output on a thread of its own until it says it is ready. */
	private static void awaitReady(Process child, List<String> log) throws Exception {
		CompletableFuture<Void> ready = new CompletableFuture<>();
		Thread.ofVirtual().start(() -> {
			try (BufferedReader out = new BufferedReader(
					new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
				String line;
				while ((line = out.readLine()) != null) {
					log.add(line);
					if (line.contains("policy-graph ready in")) {
						ready.complete(null);
					}
				}
			}
			catch (IOException ex) {
				// the child is gone
			}
			ready.completeExceptionally(new IllegalStateException("the server stopped before it was ready"));
		});
		try {
			ready.get(120, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			throw new AssertionError("the server didn't get ready; its log:\n" + tail(log), ex);
		}
	}

	private static String tail(List<String> log) {
		return String.join("\n", log.subList(Math.max(0, log.size() - 40), log.size()));
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
