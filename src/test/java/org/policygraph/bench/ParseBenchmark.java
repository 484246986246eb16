package org.policygraph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.policygraph.department.OrganizationDirectory;
import org.policygraph.ingest.GazetteIngester;

/**
 * The parser alone, for comparing two builds of it: {@code ParseBenchmark DIR N REPS
 * THREADS LABEL} writes a corpus of N issues under DIR (once) and parses it REPS times on
 * THREADS threads, each time with a new parser and reference data (so nothing remembered
 * carries over from one pass to the next), printing each pass's wall and process CPU
 * time. Figures on this machine swing by a quarter from one minute to the next, so two
 * builds are compared by running one JVM of each at the same time with one thread each
 * (BENCHMARKS.md): both meet the same moments of the machine.
 */
public final class ParseBenchmark {

	private ParseBenchmark() {
	}

	public static void main(String[] args) throws IOException, InterruptedException, ExecutionException {
		Path dir = Path.of(args[0]).resolve("corpus-" + args[1]);
		int issues = Integer.parseInt(args[1]);
		int reps = Integer.parseInt(args[2]);
		int threads = Integer.parseInt(args[3]);
		String label = args.length > 4 ? args[4] : "";
		// read, not rewritten, when there: the other build's JVM may be reading it now
		List<Path> files = Files.isDirectory(dir) ? listed(dir)
				: CorpusGenerator.fromSeed(Path.of(".")).write(dir, issues);
		if (files.size() != issues) {
			throw new IllegalStateException(dir + " holds " + files.size() + " files, not " + issues);
		}
		List<byte[]> contents = new ArrayList<>();
		for (Path file : files) {
			contents.add(Files.readAllBytes(file));
		}
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			for (int rep = 0; rep < reps; rep++) {
				GazetteIngester parser = new GazetteIngester(OrganizationDirectory.loadDefault(), null, false);
				long wall = System.nanoTime();
				long cpu = cpuNanos();
				List<Future<?>> parsed = new ArrayList<>();
				for (int i = 0; i < files.size(); i++) {
					String name = files.get(i).getFileName().toString();
					byte[] content = contents.get(i);
					parsed.add(pool.submit(() -> parser.parseFile(name, content, false)));
				}
				for (Future<?> f : parsed) {
					f.get();
				}
				System.out.printf("%s pass %d: %.2f s wall, %.2f s CPU%n", label, rep, (System.nanoTime() - wall) / 1e9,
						(cpuNanos() - cpu) / 1e9);
			}
		}
		finally {
			pool.shutdown();
		}
		System.exit(0);
	}

	private static List<Path> listed(Path dir) throws IOException {
		try (var files = Files.list(dir)) {
			return files.sorted().toList();
		}
	}

	private static long cpuNanos() {
		return ProcessHandle.current().info().totalCpuDuration().orElseThrow().toNanos();
	}

}
