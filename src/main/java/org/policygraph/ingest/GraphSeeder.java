package org.policygraph.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.policygraph.department.DepartmentRegistry;
import org.neo4j.driver.TransactionContext;
import org.policygraph.neo4j.SchemaMigrations;
import org.policygraph.succession.ReformStatement;
import org.policygraph.succession.Successions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Seeds the graph from the seed directory at startup when the seed changed. The seed's
 * content hash is kept in the graph and written in the same transaction as the last
 * issue, so a crash mid-seed means the next start seeds again, and re-seeding replaces
 * rather than duplicates.
 */
@Component
class GraphSeeder implements InitializingBean {

	private static final Logger log = LoggerFactory.getLogger(GraphSeeder.class);

	/** Bump when the writer's graph model changes, so existing stores are re-seeded. */
	static final String MODEL_VERSION = "2";

	private final SeedProperties properties;

	private final Driver driver;

	GraphSeeder(SeedProperties properties, Driver driver, SchemaMigrations migrations) {
		this.properties = properties;
		this.driver = driver;
	}

	@Override
	public void afterPropertiesSet() {
		if (properties.enabled()) {
			seed(false);
		}
	}

	record SeedFile(String name, byte[] content) {
	}

	/**
	 * @param force seed even when the graph records that this seed is in already (an
	 * operator's reload)
	 * @return the summaries of the issues written; empty when nothing had to be
	 */
	List<GazetteWriter.WriteSummary> seed(boolean force) {
		long started = System.nanoTime();
		String base = properties.location().endsWith("/") ? properties.location() : properties.location() + "/";
		SeedFile registryFile = read(base, "departments.tsv").getFirst();
		List<SeedFile> successionFiles = readOptional(base, Successions.FILE_NAME);
		List<SeedFile> gazettes = read(base, "*.txt");
		// The hash covers the model version, the registry, the successions and each
		// gazette's name and bytes.
		List<byte[]> parts = new java.util.ArrayList<>(
				List.of(MODEL_VERSION.getBytes(StandardCharsets.UTF_8), registryFile.content()));
		successionFiles.forEach(f -> parts.add(f.content()));
		for (SeedFile gazette : gazettes) {
			parts.add(gazette.name().getBytes(StandardCharsets.UTF_8));
			parts.add(gazette.content());
		}
		String hash = GazetteIngester.sha256(parts.toArray(byte[][]::new));
		if (!force && hash.equals(currentHash())) {
			log.info("Graph seed unchanged ({}), nothing to ingest", hash.substring(0, 12));
			return List.of();
		}
		DepartmentRegistry registry = DepartmentRegistry.load(new java.io.ByteArrayInputStream(registryFile.content()),
				registryFile.name());
		// Checked before anything is written: a bad reference file refuses the seed
		// whole.
		Successions successions = successionFiles.isEmpty() ? Successions.none()
				: Successions.load(new java.io.ByteArrayInputStream(successionFiles.getFirst().content()),
						successionFiles.getFirst().name(), registry);
		GazetteIngester ingester = new GazetteIngester(registry, driver);
		// Parse everything first: a malformed seed file must not leave half a seed
		// behind.
		List<Gazette> parsed = gazettes.stream().map(f -> ingester.parse(f.name(), f.content())).toList();
		List<GazetteWriter.WriteSummary> summaries = new ArrayList<>();
		for (int i = 0; i < parsed.size(); i++) {
			var summary = ingester.write(parsed.get(i), Map.of());
			summaries.add(summary);
			log.info(
					"Seeded {}: {} documents, {} service items, {} tasks, {} indicators, {} appointments, {} citations",
					summary.issueKey(), summary.documents(), summary.serviceItems(), summary.tasks(),
					summary.indicators(), summary.appointments(), summary.citations());
		}
		// The successions link organisations every issue wrote; the seed is recorded in
		// the same transaction, so a crash before it means the next start seeds again.
		try (var session = driver.session()) {
			session.executeWrite(tx -> {
				writeSuccessions(tx, successions);
				tx.run("MERGE (s:SeedState {name: 'graph-seed'}) SET s.hash = $hash", Map.of("hash", hash)).consume();
				return null;
			});
		}
		log.info("Seeded {} successions", successions.successions().size());
		log.info("Graph seeded from {} gazette file(s) in {} ms", parsed.size(),
				(System.nanoTime() - started) / 1_000_000);
		return summaries;
	}

	/**
	 * Replaces every succession and lifetime date with the reference file's: the file is
	 * the whole truth about them, so a row removed from it leaves the graph too.
	 */
	static void writeSuccessions(TransactionContext tx, Successions successions) {
		tx.run("MATCH ()-[s:SUCCEEDED_BY]->() DELETE s").consume();
		tx.run("""
				MATCH (o:Organization) WHERE o.dissolved IS NOT NULL OR o.foundedOn IS NOT NULL OR o.dissolvedOn IS NOT NULL
				REMOVE o.dissolved, o.foundedOn, o.dissolvedOn
				""")
			.consume();
		List<Map<String, Object>> rows = new ArrayList<>();
		for (ReformStatement s : successions.successions()) {
			Map<String, Object> row = new java.util.HashMap<>();
			row.put("from", successions.id(s.body()));
			row.put("to", successions.id(s.to()));
			row.put("kind", s.kind().orElseThrow().name());
			row.put("on", s.on());
			row.put("source", s.source());
			row.put("says", s.says());
			row.put("note", s.note());
			row.put("line", s.line());
			rows.add(row);
		}
		int linked = tx.run("""
				UNWIND $rows AS row
				MATCH (a:Organization {id: row.from}), (b:Organization {id: row.to})
				CREATE (a)-[s:SUCCEEDED_BY]->(b)
				SET s.kind = row.kind, s.on = row.on, s.source = row.source, s.says = row.says, s.note = row.note,
				    s.line = row.line
				RETURN count(s) AS linked
				""", Map.of("rows", rows)).single().get("linked").asInt();
		if (linked != rows.size()) {
			throw new IllegalStateException(
					"only " + linked + " of " + rows.size() + " successions found both of their organisations");
		}
		List<Map<String, Object>> lifetimes = new ArrayList<>();
		for (String body : successions.bodies()) {
			Map<String, Object> row = new java.util.HashMap<>();
			row.put("id", successions.id(body));
			row.put("foundedOn", successions.foundedOn(body).orElse(null));
			row.put("dissolvedOn", successions.dissolvedOn(body).orElse(null));
			row.put("dissolved", successions.dissolved(body) ? Boolean.TRUE : null);
			lifetimes.add(row);
		}
		tx.run("""
				UNWIND $rows AS row
				MATCH (o:Organization {id: row.id})
				SET o.foundedOn = row.foundedOn, o.dissolvedOn = row.dissolvedOn, o.dissolved = row.dissolved
				""", Map.of("rows", lifetimes)).consume();
	}

	private String currentHash() {
		try (var session = driver.session()) {
			return session.executeRead(tx -> tx.run("MATCH (s:SeedState {name: 'graph-seed'}) RETURN s.hash AS hash")
				.list(r -> r.get("hash").asString(null))
				.stream()
				.findFirst()
				.orElse(null), SchemaMigrations.STARTUP_TIMEOUT);
		}
	}

	private static List<SeedFile> read(String base, String pattern) {
		try {
			Resource[] resources = new PathMatchingResourcePatternResolver().getResources(base + pattern);
			if (resources.length == 0) {
				throw new IllegalStateException("graph seed " + base + " has no " + pattern);
			}
			return Arrays.stream(resources)
				.filter(Resource::exists)
				.sorted(Comparator.comparing(Resource::getFilename))
				.map(r -> new SeedFile(r.getFilename(), GazetteIngester.readAll(inputStream(r))))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<SeedFile> readOptional(String base, String name) {
		Resource resource = new PathMatchingResourcePatternResolver().getResource(base + name);
		return resource.exists() ? List.of(new SeedFile(name, GazetteIngester.readAll(inputStream(resource))))
				: List.of();
	}

	private static java.io.InputStream inputStream(Resource resource) {
		try {
			return resource.getInputStream();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
