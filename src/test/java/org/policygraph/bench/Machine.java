package org.policygraph.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * What the figures were measured on, so a reader can tell whether they apply to their
 * machine.
 */
record Machine(String cpu, int cores, String memory, String jdk, String node, String peerLibrary, String commit,
		String loadAverage, String startedAt) {

	static Machine describe(Path project) throws IOException, InterruptedException {
		String cpu = Files.readAllLines(Path.of("/proc/cpuinfo"))
			.stream()
			.filter(l -> l.startsWith("model name"))
			.map(l -> l.substring(l.indexOf(':') + 1).strip())
			.findFirst()
			.orElse("unknown");
		String memory = Files.readAllLines(Path.of("/proc/meminfo"))
			.stream()
			.filter(l -> l.startsWith("MemTotal"))
			.map(l -> "%.1f GiB".formatted(Long.parseLong(l.replaceAll("\\D", "")) / 1024.0 / 1024.0))
			.findFirst()
			.orElse("unknown");
		String jdk = System.getProperty("java.vm.vendor") + " " + System.getProperty("java.runtime.version");
		Path library = project.resolve("src/bench/peer/node_modules/@neo4j/graphql/package.json");
		String peer = Files.exists(library)
				? "@neo4j/graphql "
						+ Files.readString(library).replaceAll("(?s).*?\"version\"\\s*:\\s*\"([^\"]+)\".*", "$1")
				: "not installed";
		return new Machine(cpu, Runtime.getRuntime().availableProcessors(), memory, jdk,
				output(project, "node", "--version"), peer, output(project, "git", "rev-parse", "--short", "HEAD"),
				currentLoadAverage(), Instant.now().toString());
	}

	/**
	 * The 1, 5 and 15 minute load averages: on a shared machine, how busy it was besides
	 * this run.
	 */
	static String currentLoadAverage() {
		try {
			String[] fields = Files.readString(Path.of("/proc/loadavg")).split("\\s+");
			return fields[0] + " " + fields[1] + " " + fields[2];
		}
		catch (IOException ex) {
			return "unknown";
		}
	}

	private static String output(Path dir, String... command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
		String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
		return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0 ? out : "unknown";
	}
}
