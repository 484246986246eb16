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
import java.util.function.BiPredicate;
import java.util.logging.Level;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.policygraph.bench.Catalog.Question;
import org.policygraph.bench.LoadRun.Measurement;
import org.policygraph.bench.Results.Key;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole benchmark: generate corpora, measure ingest, then put the query catalog to
 * our API, the peer and raw Cypher against one standalone database, and the point lookups
 * and the graph-wide questions at 1, 1,000 and 10,000 issues (a national corpus). Writes
 * {@code target/bench/report.md} and {@code target/bench/results.json}. Run through
 * {@code src/bench/run.sh}; options:
 * {@code --phases=ingest,load,latency,scale,overload --sizes=1,10,100,1000,10000 --scale-sizes=1000,10000 --bulk-sizes=100,1000 --runs=3 --clients=1,16 --scale-clients=1,16
 * --warmup-all=60 --warmup=1 --window=3 --only=01,02} (durations in seconds: a warm-up
 * per target over all its questions, then per measurement a warm-up and the measured
 * window).
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
		// the overload phase asks no catalog question
		boolean catalog = options.phases().stream().anyMatch(List.of("load", "latency", "scale")::contains);
		List<Question> questions = (catalog ? Catalog.load(project) : List.<Question>of()).stream()
			.filter(q -> options.only().isEmpty() || options.only().contains(q.number()))
			.toList();
		boolean scaleStoresMissing = options.scaleSizes()
			.stream()
			.anyMatch(size -> !Files.exists(out.resolve("stores/issues-" + size)));
		if (options.phases().contains("ingest") || options.phases().contains("scale") && scaleStoresMissing) {
			ingest();
		}
		try (Servers servers = new Servers(project, out.resolve("logs"));
				Database one = Database.start(servers, "one-issue", out.resolve("stores/one-issue"), true)) {
			report.neo4jVersion(neo4jVersion(one.driver()));
			if (options.phases().contains("load")) {
				Servers.Server peer = servers.peer("peer", one.db());
				List<Measured> targets = List.of(
						new Measured(GraphQlTarget.ours(one.ours().port()),
								processes("server", one.ours(), "db", one.db())),
						new Measured(GraphQlTarget.peer(peer.port()), processes("server", peer, "db", one.db())),
						new Measured(new RawTarget(one.driver()), processes("db", one.db())));
				saveAnswers(questions, targets);
				warmUp(questions, targets);
				report.load(measureAll("load", questions, eachAlone(targets), options.clients(), (q, clients) -> true));
				if (options.phases().contains("latency")) {
					// the point lookups' latency against raw Cypher: one client, the
					// three asked in turn
					report.latency(measureAll("latency", questions.stream().filter(Question::pointLookup).toList(),
							List.of(targets), List.of(1), (q, clients) -> true));
				}
				servers.stop(peer);
			}
			if (options.phases().contains("overload")) {
				report.overload(overload(one));
			}
			if (options.phases().contains("scale")) {
				List<Database> many = new ArrayList<>();
				try {
					for (int size : options.scaleSizes()) {
						many.add(Database.start(servers, "scale-" + size, out.resolve("stores/issues-" + size), false));
					}
					scale(questions, one, many);
				}
				finally {
					for (Database db : many) {
						db.close();
					}
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

	/**
	 * One standalone database with our API over it; a fresh store gets the schema and the
	 * real issue from the API.
	 */
	private record Database(Servers servers, Servers.Server db, Servers.Server ours,
			Driver driver) implements AutoCloseable {

		static Database start(Servers servers, String name, Path store, boolean fresh) throws Exception {
			if (fresh) {
				IngestBenchmark.deleteRecursively(store);
			}
			Servers.Server db = servers.database("db-" + name, store, PAGE_CACHE);
			// external mode applies the schema and seeds the real gazette (once: the
			// seed's hash is kept)
			Servers.Server ours = servers.ours("ours-" + name, db);
			return new Database(servers, db, ours, Benchmark.driver(db));
		}

		int issues() {
			return driver.executableQuery("MATCH (i:Issue) RETURN count(i) AS c")
				.execute()
				.records()
				.getFirst()
				.get("c")
				.asInt();
		}

		@Override
		public void close() throws Exception {
			driver.close();
			servers.stop(ours);
			servers.stop(db);
		}
	}

	/**
	 * Corpora of each size into fresh embedded stores; the stores of the scale sizes are
	 * kept for the scale phase (a scale size the ingest sizes lack is ingested too).
	 */
	private void ingest() throws IOException {
		CorpusGenerator generator = CorpusGenerator.fromSeed(project);
		Map<Integer, List<Path>> corpora = new LinkedHashMap<>();
		List<Integer> sizes = new ArrayList<>(options.phases().contains("ingest") ? options.sizes() : List.of());
		options.scaleSizes().stream().filter(size -> !sizes.contains(size)).forEach(sizes::add);
		for (int size : sizes) {
			Path dir = out.resolve("corpus/issues-" + size);
			IngestBenchmark.deleteRecursively(dir);
			corpora.put(size, generator.write(dir, size));
		}
		log("ingest: warm-up with 100 issues into a scratch store");
		IngestBenchmark.run(out.resolve("stores/scratch"), generator.write(out.resolve("corpus/warm-up"), 100),
				PAGE_CACHE);
		IngestBenchmark.deleteRecursively(out.resolve("stores/scratch"));
		Map<Integer, List<IngestBenchmark.Result>> results = new LinkedHashMap<>();
		Map<Integer, List<IngestBenchmark.Result>> bulk = new LinkedHashMap<>();
		for (int run = 1; run <= options.runs(); run++) {
			for (var corpus : corpora.entrySet()) {
				IngestBenchmark.Result result = IngestBenchmark.run(out.resolve("stores/issues-" + corpus.getKey()),
						corpus.getValue(), PAGE_CACHE);
				results.computeIfAbsent(corpus.getKey(), k -> new ArrayList<>()).add(result);
				log("ingest run %d: %d issues in %.1f s = %.1f issues/s (parse %.1f/s, write %.1f/s), %d nodes", run,
						result.issues(), result.seconds(), result.issuesPerSecond(), result.parsePerSecond(),
						result.writePerSecond(), result.nodes());
				if (!options.bulkSizes().contains(corpus.getKey())) {
					continue;
				}
				// the bulk path beside it, into a store of its own that is not kept; only
				// at
				// --bulk-sizes, since it holds the whole corpus in memory and this heap
				// is 4 GB
				Path bulkStore = out.resolve("stores/bulk-" + corpus.getKey());
				IngestBenchmark.Result imported = IngestBenchmark.runBulk(bulkStore, corpus.getValue(), PAGE_CACHE);
				IngestBenchmark.deleteRecursively(bulkStore);
				bulk.computeIfAbsent(corpus.getKey(), k -> new ArrayList<>()).add(imported);
				log("bulk run %d: %d issues in %.1f s = %.1f issues/s, %d nodes", run, imported.issues(),
						imported.seconds(), imported.issuesPerSecond(), imported.nodes());
			}
		}
		report.ingest(results, bulk);
		writeJson("ingest.json", Map.of("transactional", results, "bulk", bulk));
	}

	/**
	 * Every question to every group of targets that can ask it, at each client count, all
	 * of it {@code runs} times. The groups take turns on each question; the targets
	 * inside a group share the window, each client asking them in turn (see
	 * {@link LoadRun}).
	 */
	private Results measureAll(String phase, List<Question> questions, List<List<Measured>> groups,
			List<Integer> clientCounts, BiPredicate<Question, Integer> include) throws Exception {
		Results results = new Results();
		for (int run = 1; run <= options.runs(); run++) {
			for (int clients : clientCounts) {
				for (Question question : questions) {
					if (!include.test(question, clients)) {
						continue;
					}
					for (List<Measured> group : groups) {
						List<Measured> asking = group.stream().filter(m -> m.target().asks(question)).toList();
						if (asking.isEmpty()) {
							continue;
						}
						List<Measurement> measurements = LoadRun.measure(
								asking.stream().map(m -> m.target().prepare(question)).toList(), clients,
								options.warmUp(), options.window(),
								asking.size() == 1 ? asking.getFirst().processes() : LoadRun.Processes.NONE);
						for (int i = 0; i < asking.size(); i++) {
							Measurement m = measurements.get(i);
							String target = asking.get(i).target().name();
							results.put(new Key(run, clients, question.name(), target), m);
							log("%s run %d, %2d clients, %-38s %-9s %8.1f req/s  p50 %6.2f ms  p99 %7.2f ms  %.1f queries"
									+ "  %s%s", phase, run, clients, question.name(), target, m.throughput(),
									m.p50() / 1000.0, m.p99() / 1000.0, m.roundTrips(), cpu(m),
									m.failures() == 0 ? "" : "  FAILURES " + m.failures() + ": " + m.firstFailure());
						}
					}
				}
			}
			writeJson(phase + ".json",
					results.all()
						.entrySet()
						.stream()
						.map(e -> Map.of("key", e.getKey(), "measurement", e.getValue()))
						.toList());
		}
		return results;
	}

	private static List<List<Measured>> eachAlone(List<Measured> targets) {
		return targets.stream().map(List::of).toList();
	}

	/**
	 * The questions of the scale phase besides the point lookups: their answers grow with
	 * the corpus (the department profile's task list, the paths from an official to every
	 * item his department leads, the finance department's map), so they are measured at
	 * one client only, to show that growth.
	 */
	static final List<String> GROWING = List.of("03", "12", "C1", "13");

	/**
	 * The point lookups at 1 issue and at each scale size's corpus plus the real issue,
	 * all databases up at once and asked in turn within one window, so every size sees
	 * the same machine; the questions whose answers grow with the corpus
	 * ({@link #GROWING}: the department profile, {@code connections} through and around
	 * hubs, {@code responsibilityMap}) at one client only.
	 */
	private void scale(List<Question> questions, Database one, List<Database> many) throws Exception {
		List<Integer> issues = new ArrayList<>();
		List<Measured> ours = new ArrayList<>();
		List<Measured> raw = new ArrayList<>();
		ours.add(new Measured(renamed(GraphQlTarget.ours(one.ours().port()), "ours@1"),
				processes("server", one.ours(), "db", one.db())));
		raw.add(new Measured(renamed(new RawTarget(one.driver()), "raw@1"), processes("db", one.db())));
		for (Database db : many) {
			int size = db.issues();
			issues.add(size);
			ours.add(new Measured(renamed(GraphQlTarget.ours(db.ours().port()), "ours@" + size),
					processes("server", db.ours(), "db", db.db())));
			raw.add(new Measured(renamed(new RawTarget(db.driver()), "raw@" + size), processes("db", db.db())));
		}
		report.scaleIssues(issues);
		List<Measured> targets = new ArrayList<>(ours);
		targets.addAll(raw);
		List<Question> lookups = questions.stream()
			.filter(q -> q.pointLookup() || GROWING.contains(q.number()))
			.map(Question::inJilin)
			.toList();
		BiPredicate<Question, Integer> include = (q, clients) -> q.pointLookup() || clients == 1;
		saveAnswers(lookups, targets);
		warmUp(lookups.stream().filter(Question::pointLookup).toList(), targets);
		report.scale(measureAll("scale", lookups, List.of(targets), options.scaleClients(), include));
	}

	/**
	 * The fifth client's point lookups alone and beside four cost-bomb clients, each run
	 * a window of at least 10 s, so that its p99 rests on a few hundred lookups even when
	 * each takes tens of milliseconds.
	 */
	private List<OverloadBenchmark.Result> overload(Database one) throws Exception {
		OverloadBenchmark overload = new OverloadBenchmark(one.ours().port());
		Duration window = options.window().compareTo(Duration.ofSeconds(10)) < 0 ? Duration.ofSeconds(10)
				: options.window();
		List<OverloadBenchmark.Result> results = new ArrayList<>();
		for (int run = 1; run <= options.runs(); run++) {
			OverloadBenchmark.Result result = overload.measure(run, options.warmUp(), window);
			results.add(result);
			log("overload run %d: point lookups alone p50 %.2f ms p99 %.2f ms (%d); beside %d cost-bomb clients "
					+ "p50 %.2f ms p99 %.2f ms (%d)%s; the bombs got %s", run, result.alone().p50() / 1000.0,
					result.alone().p99() / 1000.0, result.alone().requests(), OverloadBenchmark.BOMBERS,
					result.beside().p50() / 1000.0, result.beside().p99() / 1000.0, result.beside().requests(),
					result.beside().failures() == 0 ? ""
							: "  FAILURES " + result.beside().failures() + ": " + result.beside().firstFailure(),
					result.bombs());
		}
		writeJson("overload.json", results);
		return results;
	}

	/**
	 * Every target's answer to every question once, to check by eye that they answer
	 * alike.
	 */
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
					case Renamed renamed when renamed.target() instanceof RawTarget r ->
						JSON.writeValueAsString(r.answer(question));
					default -> "";
				};
				Files.writeString(dir.resolve(question.name() + ".json"), answer, StandardCharsets.UTF_8);
				target.prepare(question).ask();
			}
		}
	}

	/**
	 * JIT compilers and plan caches of every process warm before anything is measured:
	 * each target answers all its questions in turn for a while (a Spring application's
	 * C2 compiler is still busy after a few seconds of load on two cores, so this is
	 * long).
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
		StringBuilder out = new StringBuilder(m.cpuMillisPerRequest().isEmpty() ? "" : "CPU ms/req ");
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

	/**
	 * Raw Cypher's driver logs as the API's does (the default formats every debug line of
	 * the Bolt layer before asking its level): neither side pays for logging the other
	 * skips.
	 */
	private static Driver driver(Servers.Server db) {
		return GraphDatabase.driver("bolt://127.0.0.1:" + db.port(), AuthTokens.none(),
				Config.builder()
					.withoutEncryption()
					.withMaxConnectionPoolSize(64)
					.withLogging(Logging.javaUtilLogging(Level.INFO))
					.build());
	}

	private static String neo4jVersion(Driver driver) {
		return driver.executableQuery(
				"CALL dbms.components() YIELD name, versions, edition RETURN name + ' ' + versions[0] + ' ' + edition AS v")
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
		System.out.printf("%s %s%n", Instant.now().toString().substring(11, 19),
				args.length == 0 ? format : String.format(format, args));
	}

	/** Command-line options, all with defaults suited to the final measured run. */
	record Options(List<String> phases, List<Integer> sizes, List<Integer> scaleSizes, List<Integer> bulkSizes,
			int runs, List<Integer> clients, List<Integer> scaleClients, Duration warmUpAll, Duration warmUp,
			Duration window, List<String> only) {

		static Options parse(String[] args) {
			Map<String, String> given = new LinkedHashMap<>();
			for (String arg : args) {
				if (!arg.startsWith("--") || !arg.contains("=")) {
					throw new IllegalArgumentException("options look like --name=value; got " + arg);
				}
				given.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
			}
			Options options = new Options(list(given.remove("phases"), "ingest,load,latency,scale,overload"),
					ints(given.remove("sizes"), "1,10,100,1000,10000"), ints(given.remove("scale-sizes"), "1000,10000"),
					ints(given.remove("bulk-sizes"), "100,1000"), Integer.parseInt(given.getOrDefault("runs", "3")),
					ints(given.remove("clients"), "1,16"), ints(given.remove("scale-clients"), "1,16"),
					seconds(given.remove("warmup-all"), "60"),
					Duration.ofMillis((long) (Double.parseDouble(given.getOrDefault("warmup", "1")) * 1000)),
					Duration.ofMillis((long) (Double.parseDouble(given.getOrDefault("window", "3")) * 1000)),
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
			return Arrays.stream((value == null ? defaults : value).split(","))
				.map(String::strip)
				.filter(s -> !s.isEmpty())
				.toList();
		}

		private static List<Integer> ints(String value, String defaults) {
			return list(value, defaults).stream().map(Integer::parseInt).toList();
		}
	}

}
