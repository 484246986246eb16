package org.policygraph.ingest;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.neo4j.driver.Driver;
import org.policygraph.ingest.write.WriteSummary;
import org.policygraph.department.DepartmentKind;
import org.policygraph.department.DepartmentRegistry;
import org.policygraph.funding.FundingGrammar;
import org.policygraph.ingest.parse.GazetteParser;
import org.policygraph.ingest.record.Gazette;
import org.policygraph.ingest.record.OrganizationRecord;
import org.policygraph.ingest.write.GazetteWriter;
import org.policygraph.succession.Successions;

/**
 * Parses gazette files against the department registry and writes them. Parsing happens
 * completely before anything is written, so a malformed file leaves the graph as it was.
 */
public final class GazetteIngester {

	/**
	 * Issues per write transaction in a bulk load; past about ten, a larger transaction
	 * costs more per issue.
	 */
	public static final int BATCH_ISSUES = 10;

	private final DepartmentRegistry registry;

	private final GazetteParser parser;

	private final GazetteWriter writer;

	public GazetteIngester(DepartmentRegistry registry, Driver driver) {
		this(registry, Successions.none(), driver);
	}

	/**
	 * @param successions the reviewed successions between the registry's bodies, written
	 * with every batch
	 */
	public GazetteIngester(DepartmentRegistry registry, Successions successions, Driver driver) {
		this.registry = registry;
		this.parser = new GazetteParser(registry, new FundingGrammar());
		this.writer = driver == null ? null : new GazetteWriter(driver, successions);
	}

	public Gazette parse(String fileName, byte[] content) {
		return parser.parse(fileName, content);
	}

	public WriteSummary ingest(String fileName, byte[] content) {
		return write(parse(fileName, content), Map.of());
	}

	public WriteSummary write(Gazette gazette, Map<String, Object> seedState) {
		if (writer == null) {
			throw new IllegalStateException("this ingester has no database");
		}
		return writer.write(gazette, organizations(), seedState);
	}

	/**
	 * Writes many issues, {@link #BATCH_ISSUES} to a transaction: each batch is wholly in
	 * the graph or not at all, and a bulk load pays a transaction's fixed costs once per
	 * batch (measured in the ingest benchmark).
	 * @param starting called before each batch's transaction begins
	 * @param written called after each batch commits, with the summaries of its issues
	 */
	public void writeAll(List<Gazette> gazettes, Consumer<List<Gazette>> starting,
			Consumer<List<WriteSummary>> written) {
		if (writer == null) {
			throw new IllegalStateException("this ingester has no database");
		}
		List<OrganizationRecord> organizations = organizations();
		for (int from = 0; from < gazettes.size(); from += BATCH_ISSUES) {
			List<Gazette> batch = gazettes.subList(from, Math.min(gazettes.size(), from + BATCH_ISSUES));
			starting.accept(batch);
			written.accept(writer.writeBatch(batch, organizations, Map.of()));
		}
	}

	List<OrganizationRecord> organizations() {
		return registry.entries()
			.stream()
			.map(e -> new OrganizationRecord(e.name(), e.fullName(), e.englishName(), e.kind().name(), e.aliases(),
					e.kind() == DepartmentKind.STATE_OWNED_ENTERPRISE))
			.toList();
	}

}
