package org.policygraph.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.policygraph.bench.Catalog.Question;
import org.policygraph.bench.LoadRun.Measurement;
import org.policygraph.bench.Results.Key;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole benchmark: generate corpora, measure ingest, then put the query catalog to our API, the peer
 * and raw Cypher against one standalone database, and the point lookups at 1 and 1,000 issues. Writes
 * {@code target/bench/report.md} and {@code target/bench/results.json}. Run through
 * {@code src/bench/run.sh}; options:
 * {@code --phases=ingest,load,scale --sizes=1,10,100,1000 --runs=3 --clients=1,4,16 --scale-clients=1,16
 * --warmup-all=90 --warmup=1 --window=4 --only=01,02} (durations in seconds: a warm-up per target over all its
 * questions, then per measurement a warm-up and the measured window).
 */
public final class Benchmark {

	private static final long PAGE_CACHE = 1L << 30;

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private final Options options;

	private final Path project;

	private final Path out;

	private final Report report;

	private Benchmark(Options options, Path project) {
		this.options = options;
		this.project = project;
		this.out = project.resolve("target/bench");
		this.report = new Report(options);
	}

	public static void main(String[] args) throws Exception {
		Options options = Options.parse(args);
		new Benchmark(options, Path.of("").toAbsolutePath()).run();
		System.exit(0);
	}

	private void run() throws Exception {
		Files.createDirectories(out);
		report.machineBefore(Machine.describe(project));
		List<Question> questions = Catalog.load(project).stream()
			.filter(q -> options.only().isEmpty() || options.only().contains(q.number()))
			.toList();
		if (options.phases().contains("ingest") || options.phases().contains("scale")) {
			ingest();
		}
		try (Servers servers = new Servers(project, out.resolve("logs"))) {
			Servers.Server db = null;
			Servers.Server ours = null;
			Driver driver = null;
			try {
				if (options.phases().contains("load") || options.phases().contains("scale")) {
					Path store = out.resolve("stores/one-issue");
					IngestBenchmark.deleteRecursively(store);
					db = servers.database("db-one-issue", store, PAGE_CACHE);
					// our API applies the schema and seeds the real gazette into the fresh database
					ours = servers.ours("ours-one-issue", db);
					driver = driver(db);
					report.neo4jVersion(neo4jVersion(driver));
				}
				if (options.phases().contains("load")) {
					Servers.Server peer = servers.peer("peer", db);
					List<Measured> targets = List.of(
							new Measured(GraphQlTarget.ours(ours.port()), processes("server", ours, "db", db)),
							new Measured(GraphQlTarget.peer(peer.port()), processes("server", peer, "db", db)),
							new Measured(new RawTarget(driver), processes("db", db)));
					report.load(load(questions, targets));
					servers.stop(peer);
				}
				if (options.phases().contains("scale")) {
					report.scale(scale(servers, questions, db, ours, driver));
				}
			}
			finally {
				if (driver != null) {
					driver.close();
				}
			}
		}
		report.machineAfter(Machine.currentLoadAverage());
		String markdown = report.markdown();
		Files.writeString(out.resolve("report.md"), markdown, StandardCharsets.UTF_8);
		System.out.println();
		System.out.println(markdown);
		System.out.println("wrote " + out.resolve("report.md") + " and the measurements as JSON beside it");
	}

	/** Corpora of each size into fresh embedded stores; the largest store is kept for the scale phase. */
	private void ingest() throws IOException {
		CorpusGenerator generator = CorpusGenerator.fromSeed(project);
		Map<Integer, List<Path>> corpora = new LinkedHashMap<>();
		for (int size : options.sizes()) {
			Path dir = out.resolve("corpus/issues-" + size);
			IngestBenchmark.deleteRecursively(dir);
			corpora.put(size, generator.write(dir, size));
		}
		log("ingest: warm-up with 20 issues into a scratch store");
		IngestBenchmark.run(out.resolve("stores/scratch"), generator.write(out.resolve("corpus/warm-up"), 20), PAGE_CACHE);
		IngestBenchmark.deleteRecursively(out.resolve("stores/scratch"));
		Map<Integer, List<IngestBenchmark.Result>> results = new LinkedHashMap<>();
		for (int run = 1; run <= options.runs(); run++) {
			for (var corpus : corpora.entrySet()) {
				IngestBenchmark.Result result = IngestBenchmark.run(out.resolve("stores/issues-" + corpus.getKey()),
						corpus.getValue(), PAGE_CACHE);
				results.computeIfAbsent(corpus.getKey(), k -> new ArrayList<>()).add(result);
				log("ingest run %d: %d issues in %.1f s = %.1f issues/s (parse %.1f/s, write %.1f/s), %d nodes",
						run, result.issues(), result.seconds(), result.issuesPerSecond(), result.parsePerSecond(),
						result.writePerSecond(), result.nodes());
			}
		}
		report.ingest(results);
		writeJson("ingest.json", results);
	}

	/** Every question to every target that can ask it, at each client count, interleaved, several runs. */
	private Results load(List<Question> questions, List<Measured> targets) throws Exception {
		saveAnswers(questions, targets);
		warmUp(questions, targets);
		Results results = new Results();
		for (int run = 1; run <= options.runs(); run++) {
			for (int clients : options.clients()) {
				for (Question question : questions) {
					for (Measured measured : targets) {
						Target target = measured.target();
						if (!target.asks(question)) {
							continue;
						}
						Measurement m = LoadRun.measure(target.prepare(question), clients, options.warmUp(),
								options.window(), measured.processes());
						results.put(new Key(run, clients, question.name(), target.name()), m);
						log("run %d, %2d clients, %-40s %-5s %8.1f req/s  p50 %6.2f ms  p99 %7.2f ms  %.1f queries  "
								+ "CPU ms/req %s%s", run, clients, question.name(), target.name(), m.throughput(),
								m.p50() / 1000.0, m.p99() / 1000.0, m.roundTrips(), cpu(m), m.failures() == 0 ? ""
										: "  FAILURES " + m.failures() + ": " + m.firstFailure());
					}
				}
			}
			writeJson("load.json", results.all().entrySet().stream().map(e -> Map.of("key", e.getKey(), "measurement",
					e.getValue())).toList());
		}
		return results;
	}

	/**
	 * The point lookups at 1 issue and at the largest corpus plus the real issue, both databases up at once
	 * and measured alternately, so both sides see the same machine.
	 */
	private Results scale(Servers servers, List<Question> questions, Servers.Server dbOne, Servers.Server oursOne,
			Driver driverOne)
			throws Exception {
		int size = options.sizes().stream().mapToInt(Integer::intValue).max().orElseThrow();
		Servers.Server db = servers.database("db-scale", out.resolve("stores/issues-" + size), PAGE_CACHE);
		Servers.Server ours = servers.ours("ours-scale", db);
		try (Driver driverMany = driver(db)) {
			int issues = driverMany.executableQuery("MATCH (i:Issue) RETURN count(i) AS c").execute().records()
				.getFirst().get("c").asInt();
			report.scaleIssues(issues);
			List<Measured> targets = List.of(
					new Measured(renamed(GraphQlTarget.ours(oursOne.port()), "ours@1"), processes("server", oursOne,
							"db", dbOne)),
					new Measured(renamed(GraphQlTarget.ours(ours.port()), "ours@" + issues), processes("server", ours,
							"db", db)),
					new Measured(renamed(new RawTarget(driverOne), "raw@1"), processes("db", dbOne)),
					new Measured(renamed(new RawTarget(driverMany), "raw@" + issues), processes("db", db)));
			List<Question> lookups = questions.stream()
				.filter(q -> q.pointLookup() || q.number().equals("03"))
				.toList();
			saveAnswers(lookups, targets);
			warmUp(lookups, targets);
			Results results = new Results();
			for (int run = 1; run <= options.runs(); run++) {
				for (int clients : options.scaleClients()) {
					for (Question question : lookups) {
						for (Measured measured : targets) {
							Target target = measured.target();
							Measurement m = LoadRun.measure(target.prepare(question), clients, options.warmUp(),
									options.window(), measured.processes());
							results.put(new Key(run, clients, question.name(), target.name()), m);
							log("scale run %d, %2d clients, %-30s %-9s %8.1f req/s  p99 %7.2f ms  %.1f queries", run,
									clients, question.name(), target.name(), m.throughput(), m.p99() / 1000.0,
									m.roundTrips());
						}
					}
				}
			}
			writeJson("scale.json", results.all().entrySet().stream().map(e -> Map.of("key", e.getKey(),
					"measurement", e.getValue())).toList());
			return results;
		}
		finally {
			servers.stop(ours);
			servers.stop(db);
		}
	}

	/** Every target's answer to every question once, to check by eye that they answer alike. */
	private void saveAnswers(List<Question> questions, List<Measured> targets) throws Exception {
		for (Target target : targets.stream().map(Measured::target).toList()) {
			Path dir = Files.createDirectories(out.resolve("answers").resolve(target.name()));
			for (Question question : questions) {
				if (!target.asks(question)) {
					continue;
				}
				String answer = switch (target) {
					case GraphQlTarget graphql -> graphql.answer(question);
					case RawTarget raw -> JSON.writeValueAsString(raw.answer(question));
					case Renamed renamed when renamed.target() instanceof GraphQlTarget g -> g.answer(question);
					case Renamed renamed when renamed.target() instanceof RawTarget r -> JSON.writeValueAsString(r.answer(question));
					default -> "";
				};
				Files.writeString(dir.resolve(question.name() + ".json"), answer, StandardCharsets.UTF_8);
				target.prepare(question).ask();
			}
		}
	}

	/**
	 * JIT compilers and plan caches of every process warm before anything is measured: each target answers
	 * all its questions in turn for a while (a Spring application's C2 compiler is still busy after a
	 * few seconds of load on two cores, so this is long).
	 */
	private void warmUp(List<Question> questions, List<Measured> targets) throws Exception {
		for (Target target : targets.stream().map(Measured::target).toList()) {
			List<Target.Call> calls = questions.stream().filter(target::asks).map(target::prepare).toList();
			java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
			log("warm-up: %s, its %d questions in turn for %s at 4 clients", target.name(), calls.size(),
					options.warmUpAll());
			Measurement m = LoadRun.measure(() -> calls.get(Math.floorMod(next.getAndIncrement(), calls.size())).ask(),
					4, options.warmUpAll(), Duration.ofSeconds(1));
			if (m.failures() > 0) {
				throw new IllegalStateException(target.name() + " fails during warm-up: " + m.firstFailure());
			}
		}
	}

	/** A target and the processes whose CPU its requests cost. */
	private record Measured(Target target, LoadRun.Processes processes) {
	}

	private static LoadRun.Processes processes(Object... nameThenServer) {
		Map<String, ProcessHandle> byName = new LinkedHashMap<>();
		for (int i = 0; i < nameThenServer.length; i += 2) {
			byName.put((String) nameThenServer[i], ((Servers.Server) nameThenServer[i + 1]).process().toHandle());
		}
		return new LoadRun.Processes(byName);
	}

	private static String cpu(Measurement m) {
		StringBuilder out = new StringBuilder();
		m.cpuMillisPerRequest().forEach((name, ms) -> out.append(name).append(' ').append(String.format("%.2f ", ms)));
		return out.toString().strip();
	}

	private record Renamed(Target target, String name) implements Target {

		@Override
		public boolean asks(Question question) {
			return target.asks(question);
		}

		@Override
		public Call prepare(Question question) {
			return target.prepare(question);
		}
	}

	private static Target renamed(Target target, String name) {
		return new Renamed(target, name);
	}

	private static Driver driver(Servers.Server db) {
		return GraphDatabase.driver("bolt://127.0.0.1:" + db.port(), AuthTokens.none(),
				Config.builder().withoutEncryption().withMaxConnectionPoolSize(64).build());
	}

	private static String neo4jVersion(Driver driver) {
		return driver.executableQuery("CALL dbms.components() YIELD name, versions, edition RETURN name + ' ' + versions[0] + ' ' + edition AS v")
			.execute()
			.records()
			.getFirst()
			.get("v")
			.asString();
	}

	private void writeJson(String file, Object value) throws IOException {
		Files.writeString(out.resolve(file), JSON.writeValueAsString(value), StandardCharsets.UTF_8);
	}

	static void log(String format, Object... args) {
		System.out.printf("%s %s%n", Instant.now().toString().substring(11, 19), args.length == 0 ? format
				: String.format(format, args));
	}

	/** Command-line options, all with defaults suited to the final measured run. */
	record Options(List<String> phases, List<Integer> sizes, int runs, List<Integer> clients, List<Integer> scaleClients,
			Duration warmUpAll, Duration warmUp, Duration window, List<String> only) {

		static Options parse(String[] args) {
			Map<String, String> given = new LinkedHashMap<>();
			for (String arg : args) {
				if (!arg.startsWith("--") || !arg.contains("=")) {
					throw new IllegalArgumentException("options look like --name=value; got " + arg);
				}
				given.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
			}
			Options options = new Options(list(given.remove("phases"), "ingest,load,scale"),
					ints(given.remove("sizes"), "1,10,100,1000"), Integer.parseInt(given.getOrDefault("runs", "3")),
					ints(given.remove("clients"), "1,4,16"), ints(given.remove("scale-clients"), "1,16"),
					seconds(given.remove("warmup-all"), "90"),
					Duration.ofMillis((long) (Double.parseDouble(given.getOrDefault("warmup", "1")) * 1000)),
					Duration.ofMillis((long) (Double.parseDouble(given.getOrDefault("window", "4")) * 1000)),
					given.containsKey("only") ? list(given.remove("only"), "") : List.of());
			given.keySet().removeAll(List.of("runs", "warmup", "window"));
			if (!given.isEmpty()) {
				throw new IllegalArgumentException("unknown options " + given.keySet());
			}
			return options;
		}

		private static Duration seconds(String value, String defaults) {
			return Duration.ofMillis((long) (Double.parseDouble(value == null ? defaults : value) * 1000));
		}

		private static List<String> list(String value, String defaults) {
			return Arrays.stream((value == null ? defaults : value).split(",")).map(String::strip)
				.filter(s -> !s.isEmpty()).toList();
		}

		private static List<Integer> ints(String value, String defaults) {
			return list(value, defaults).stream().map(Integer::parseInt).toList();
		}
	}
}
