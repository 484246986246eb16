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
import org.policygraph.ingest.write.WriteSummary;
import org.policygraph.digest.Sha256;
import org.policygraph.ingest.record.Gazette;
import org.policygraph.ingest.source.SourceFile;
import org.policygraph.ingest.write.GazetteWriter;
import org.policygraph.department.OrganizationTemplate;
import org.policygraph.jurisdiction.JurisdictionTable;
import org.policygraph.ingest.write.JurisdictionWriter;
import org.policygraph.neo4j.SchemaMigrations;
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
	static final String MODEL_VERSION = "3";

	private final SeedProperties properties;

	private final Driver driver;

	private final GazetteIngester ingester;

	private final JurisdictionTable jurisdictions;

	GraphSeeder(SeedProperties properties, Driver driver, GazetteIngester ingester, JurisdictionTable jurisdictions,
			SchemaMigrations migrations) {
		this.properties = properties;
		this.driver = driver;
		this.ingester = ingester;
		this.jurisdictions = jurisdictions;
	}

	@Override
	public void afterPropertiesSet() {
		if (properties.enabled()) {
			seed(false);
		}
	}

	/**
	 * @param force seed even when the graph records that this seed is in already (an
	 * operator's reload)
	 * @return the summaries of the issues written; empty when nothing had to be
	 */
	List<WriteSummary> seed(boolean force) {
		long started = System.nanoTime();
		String base = properties.directory();
		SourceFile registryFile = read(base, "departments.tsv").getFirst();
		SourceFile jurisdictionsFile = read(base, JurisdictionTable.FILE_NAME).getFirst();
		SourceFile templateFile = read(base, OrganizationTemplate.FILE_NAME).getFirst();
		List<SourceFile> gazettes = read(base, "*.txt");
		// The hash covers the model version, the reference data (the successions too) and
		// each gazette's name and bytes.
		List<byte[]> parts = new java.util.ArrayList<>(List.of(MODEL_VERSION.getBytes(StandardCharsets.UTF_8),
				registryFile.content(), jurisdictionsFile.content(), templateFile.content()));
		readOptional(base, Successions.FILE_NAME).forEach(f -> parts.add(f.content()));
		for (SourceFile gazette : gazettes) {
			parts.add(gazette.name().getBytes(StandardCharsets.UTF_8));
			parts.add(gazette.content());
		}
		String hash = Sha256.hex(parts.toArray(byte[][]::new));
		if (!force && hash.equals(currentHash())) {
			log.info("Graph seed unchanged ({}), nothing to ingest", hash.substring(0, 12));
			return List.of();
		}
		// Parse everything first: a malformed seed file must not leave half a seed
		// behind.
		// The built-in seed is curated: a unit nobody knows is an error there, never an
		// unverified organisation.
		List<Gazette> parsed = gazettes.stream().map(f -> ingester.parse(f.name(), f.content(), true)).toList();
		// The divisions go first, in a transaction of their own: the write is idempotent,
		// and the seed's hash is recorded only with the last issue, so an interrupted
		// seed
		// is redone whole.
		JurisdictionWriter.write(driver, jurisdictions);
		log.info("Seeded {} jurisdictions", jurisdictions.all().size());
		List<WriteSummary> summaries = new ArrayList<>();
		for (int i = 0; i < parsed.size(); i++) {
			boolean last = i == parsed.size() - 1;
			var summary = ingester.write(parsed.get(i), last ? Map.of("name", "graph-seed", "hash", hash) : Map.of());
			summaries.add(summary);
			log.info(
					"Seeded {}: {} documents, {} service items, {} tasks, {} indicators, {} appointments, {} citations",
					summary.issueKey(), summary.documents(), summary.serviceItems(), summary.tasks(),
					summary.indicators(), summary.appointments(), summary.citations());
		}
		log.info("Graph seeded from {} gazette file(s) in {} ms", parsed.size(),
				(System.nanoTime() - started) / 1_000_000);
		return summaries;
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

	static List<SourceFile> read(String base, String pattern) {
		try {
			Resource[] resources = new PathMatchingResourcePatternResolver().getResources(base + pattern);
			if (resources.length == 0) {
				throw new IllegalStateException("graph seed " + base + " has no " + pattern);
			}
			return Arrays.stream(resources)
				.filter(Resource::exists)
				.sorted(Comparator.comparing(Resource::getFilename))
				.map(r -> SourceFile.read(r.getFilename(), inputStream(r)))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static List<SourceFile> readOptional(String base, String name) {
		Resource resource = new PathMatchingResourcePatternResolver().getResource(base + name);
		return resource.exists() ? List.of(SourceFile.read(name, inputStream(resource))) : List.of();
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
