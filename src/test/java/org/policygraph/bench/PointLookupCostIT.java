package org.policygraph.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.summary.ProfiledPlan;
import org.policygraph.compile.CompiledStatements;
import org.policygraph.support.SeededGraphIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Not a test: what a point lookup (01, 02, D1) costs the database's threads (the Bolt
 * network and worker threads of the embedded Neo4j, by name), our compiled statement
 * beside raw Cypher's and beside variants of either, each run N times through the driver
 * as the API runs it and all variants alternated over several rounds, so that a shared
 * machine's noise falls on each. {@code -Dpointlookup.pace=µs} adds the GraphQL requests
 * themselves and each statement run no faster than one call per pace (a database's CPU
 * per call depends on how often calls come); {@code -Dpointlookup.set=rate} compares 01
 * ours and raw at three paces, in managed and auto-commit transactions,
 * {@code -Dpointlookup.set=head} 01 ours beside the same with its domain as a list. Runs
 * only with {@code -Dpointlookup.cost=N}:
 * {@code ./mvnw verify -Dtest=none -Dit.test=PointLookupCostIT -Dpointlookup.cost=2000}.
 */
@EnabledIfSystemProperty(named = "pointlookup.cost", matches = "\\d+")
class PointLookupCostIT extends SeededGraphIT {

	private static final SessionConfig READ = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build();

	@Autowired
	private ApplicationContext context;

	enum How {

		/**
		 * As Neo4jReads runs a read: executeRead, with the request's timeout if asked.
		 */
		MANAGED,
		/** RUN and PULL alone: no BEGIN and COMMIT. */
		AUTO_COMMIT,
		/** The GraphQL request, over HTTP. */
		GRAPHQL

	}

	/**
	 * @param text the statement, or the GraphQL document
	 * @param pace the least time between two calls' starts in µs (0: none), so that a
	 * cheap call can be run at the rate of a dearer one
	 */
	record Variant(String name, String text, Map<String, Object> parameters, boolean timeout, How how, long pace) {

		Variant(String name, String cypher, Map<String, Object> parameters, boolean timeout) {
			this(name, cypher, parameters, timeout, How.MANAGED, 0);
		}

		Variant paced(long pace) {
			return new Variant(name + " paced " + pace + "µs", text, parameters, timeout, how, pace);
		}

		Variant autoCommit() {
			return new Variant(name + " auto-commit", text, parameters, timeout, How.AUTO_COMMIT, pace);
		}

	}

	@Test
	void cost() {
		int n = Integer.getInteger("pointlookup.cost");
		int rounds = Integer.getInteger("pointlookup.rounds", 4);
		Map<String, Catalog.Question> catalog = new HashMap<>();
		Catalog.load(Path.of(".")).forEach(q -> catalog.put(q.number(), q));
		Catalog.Question item = catalog.get("01");
		Catalog.Question document = catalog.get("02");
		Catalog.Question department = Catalog.DEPARTMENT_POINT;
		String ours01 = compiled(item.ours(), "serviceItem", false);
		String ours02 = compiled(document.ours(), "document", null);
		String oursD1 = compiled(department.ours(), "department", null);
		Map<String, Object> no = item.raw().parameters();
		Map<String, Object> number = document.raw().parameters();
		Map<String, Object> name = department.raw().parameters();
		List<Variant> variants = new ArrayList<>();
		variants.add(new Variant("01 ours", ours01, no, true));
		variants.add(new Variant("01 ours, no tx timeout", ours01, no, false));
		variants.add(new Variant("01 raw", item.raw().cypher(), no, false));
		variants.addAll(extra01(ours01, no));
		variants.add(new Variant("02 ours", ours02, number, true));
		variants.add(new Variant("02 raw", document.raw().cypher(), number, false));
		variants.addAll(extra02(ours02, number));
		variants.add(new Variant("D1 ours", oursD1, name, true));
		variants.add(new Variant("D1 ours, no tx timeout", oursD1, name, false));
		variants.add(new Variant("D1 raw", department.raw().cypher(), name, false));
		if ("head".equals(System.getProperty("pointlookup.set"))) {
			variants.retainAll(List.of(variants.get(0), variants.get(3)));
		}
		if ("rate".equals(System.getProperty("pointlookup.set"))) {
			Variant ours = variants.get(0);
			Variant raw = variants.get(2);
			variants.clear();
			for (long pace : new long[] { 0, 1000, 2000 }) {
				for (Variant each : List.of(ours, raw, ours.autoCommit(), raw.autoCommit())) {
					variants.add(pace == 0 ? each : each.paced(pace));
				}
			}
		}
		for (Variant variant : variants) {
			profile(variant);
		}
		long pace = Long.getLong("pointlookup.pace", 0);
		if (pace > 0) {
			for (Variant variant : List.copyOf(variants)) {
				if (variant.name().endsWith("ours") || variant.name().endsWith("raw")) {
					variants.add(variant.paced(pace));
				}
			}
			for (Catalog.Question question : List.of(item, document, department)) {
				variants
					.add(new Variant(question.number() + " graphql", question.ours(), Map.of(), false, How.GRAPHQL, 0));
			}
		}
		for (Variant variant : variants) {
			run(variant, Math.max(500, n / 4));
		}
		Map<String, List<double[]>> results = new LinkedHashMap<>();
		for (int round = 0; round < rounds; round++) {
			for (Variant variant : (round % 2 == 0 ? variants : variants.reversed())) {
				results.computeIfAbsent(variant.name(), k -> new ArrayList<>()).add(run(variant, n));
			}
		}
		System.out.println("=== CPU µs per call (db threads / client threads / wall), each round, then median");
		results.forEach((variant, each) -> {
			StringBuilder line = new StringBuilder(String.format("%-40s", variant));
			for (double[] r : each) {
				line.append(String.format(" %6.1f/%6.1f/%6.1f", r[0], r[1], r[2]));
			}
			line.append(String.format("  median db %6.1f client %6.1f", median(each, 0), median(each, 1)));
			System.out.println(line);
		});
	}

	/** Ours for the question's root field, asked once first so that it is compiled. */
	private String compiled(String query, String field, Object variant) {
		var response = graphql.post(query);
		if (response.status() != 200 || response.hasErrors()) {
			throw new IllegalStateException(response.body());
		}
		Matcher operation = Pattern.compile("query (\\w+)").matcher(query);
		String cypher = operation.find() ? CompiledStatements.of(context, query, operation.group(1), field, variant)
				: null;
		if (cypher == null) {
			throw new IllegalStateException("not compiled: " + query);
		}
		return cypher;
	}

	private static double median(List<double[]> each, int column) {
		double[] values = each.stream().mapToDouble(r -> r[column]).sorted().toArray();
		return values.length % 2 == 1 ? values[values.length / 2]
				: (values[values.length / 2 - 1] + values[values.length / 2]) / 2;
	}

	private List<Variant> extra01(String ours, Map<String, Object> p) {
		List<Variant> v = new ArrayList<>();
		String headCollect = "head(COLLECT { MATCH (v0)-[:`IN_DOMAIN`]->(v1:`Domain`) RETURN {name: v1.name, englishName: v1.englishName} })";
		if (!ours.contains(headCollect)) {
			throw new IllegalStateException(ours);
		}
		v.add(new Variant("01 domain as list", ours.replace(headCollect,
				"COLLECT { MATCH (v0)-[:`IN_DOMAIN`]->(v1:`Domain`) RETURN {name: v1.name, englishName: v1.englishName} }"),
				p, true));
		v.add(new Variant("01 domain head(pattern compr.)",
				ours.replace(headCollect,
						"head([(v0)-[:`IN_DOMAIN`]->(v1:`Domain`) | {name: v1.name, englishName: v1.englishName}])"),
				p, true));
		return v;
	}

	private List<Variant> extra02(String ours, Map<String, Object> p) {
		List<Variant> v = new ArrayList<>();
		String union = "CALL () {MATCH (v0:`Document` {number: $number}) RETURN v0 UNION MATCH (v0:`Document` {key: $number}) RETURN v0}";
		if (!ours.contains(union)) {
			throw new IllegalStateException(ours);
		}
		v.add(new Variant("02 one seek (not the same answer)",
				ours.replace(union, "MATCH (v0:`Document` {number: $number})"), p, true));
		return v;
	}

	/** µs per call: db threads' CPU, the others' CPU, wall. */
	private double[] run(Variant variant, int n) {
		TransactionConfig config = variant.timeout()
				? TransactionConfig.builder().withTimeout(Duration.ofSeconds(30)).build() : TransactionConfig.empty();
		Map<Long, Long> before = threadCpu();
		long wall = System.nanoTime();
		long next = wall;
		for (int i = 0; i < n; i++) {
			if (variant.pace() > 0) {
				long wait;
				while ((wait = next - System.nanoTime()) > 0) {
					LockSupport.parkNanos(wait);
				}
				next = Math.max(next, System.nanoTime() - variant.pace() * 1000) + variant.pace() * 1000;
			}
			if (variant.how() == How.GRAPHQL) {
				var response = graphql.post(variant.text());
				if (response.status() != 200 || response.hasErrors()) {
					throw new IllegalStateException(response.body());
				}
				continue;
			}
			try (var session = driver.session(READ)) {
				List<Map<String, Object>> rows = variant.how() == How.AUTO_COMMIT
						? session.run(variant.text(), variant.parameters(), config).list(Record::asMap)
						: session.executeRead(tx -> tx.run(variant.text(), variant.parameters()).list(Record::asMap),
								config);
				if (rows.isEmpty()) {
					throw new IllegalStateException("no rows: " + variant.name());
				}
			}
		}
		wall = System.nanoTime() - wall;
		Map<Long, Long> after = threadCpu();
		Map<Long, String> names = threadNames();
		Map<String, Long> groups = new TreeMap<>();
		// by id: a Bolt worker is renamed while it serves a connection
		after.forEach((thread, cpu) -> groups.merge(
				names.getOrDefault(thread, "?").replaceAll(" \\[.*", "").replaceAll("[-_ ]?\\d+", "#"),
				cpu - before.getOrDefault(thread, 0L), Long::sum));
		long db = 0;
		long client = 0;
		for (var e : groups.entrySet()) {
			if (isDatabase(e.getKey())) {
				db += e.getValue();
			}
			else {
				client += e.getValue();
			}
		}
		if (Boolean.getBoolean("pointlookup.threads")) {
			System.out.println(variant.name() + " " + groups);
		}
		return new double[] { db / 1e3 / n, client / 1e3 / n, wall / 1e3 / n };
	}

	private static boolean isDatabase(String thread) {
		return thread.startsWith("neo4j.") || thread.contains("Bolt");
	}

	/** CPU ns of every live thread, by id. */
	private static Map<Long, Long> threadCpu() {
		var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
		long[] ids = threads.getAllThreadIds();
		long[] cpu = threads.getThreadCpuTime(ids);
		Map<Long, Long> byThread = new LinkedHashMap<>();
		for (int i = 0; i < ids.length; i++) {
			if (cpu[i] >= 0) {
				byThread.put(ids[i], cpu[i]);
			}
		}
		return byThread;
	}

	private static Map<Long, String> threadNames() {
		var threads = ManagementFactory.getThreadMXBean();
		Map<Long, String> names = new LinkedHashMap<>();
		for (var info : threads.getThreadInfo(threads.getAllThreadIds())) {
			if (info != null) {
				names.put(info.getThreadId(), info.getThreadName());
			}
		}
		return names;
	}

	private void profile(Variant variant) {
		System.out.println("=== " + variant.name() + ": " + variant.text());
		try (var session = driver.session()) {
			var result = session.run("PROFILE " + variant.text(), variant.parameters());
			System.out.println(result.list(Record::asMap));
			var summary = result.consume();
			System.out.println("runtime " + summary.profile().arguments().get("runtime") + " total hits "
					+ totalHits(summary.profile()));
			print(summary.profile(), "");
		}
	}

	private static long totalHits(ProfiledPlan plan) {
		return plan.dbHits() + plan.children().stream().mapToLong(PointLookupCostIT::totalHits).sum();
	}

	private static void print(ProfiledPlan plan, String indent) {
		System.out.println(indent + plan.operatorType() + " rows=" + plan.records() + " hits=" + plan.dbHits() + " "
				+ plan.arguments().get("Details")
				+ (plan.arguments().containsKey("Memory") ? " mem=" + plan.arguments().get("Memory") : ""));
		plan.children().forEach(c -> print(c, indent + "  "));
	}

}
