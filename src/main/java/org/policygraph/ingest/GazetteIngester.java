package org.policygraph.ingest;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.neo4j.driver.Driver;
import org.policygraph.ingest.write.WriteSummary;
import org.policygraph.department.DepartmentRegistry;
import org.policygraph.department.OrganizationDirectory;
import org.policygraph.funding.FundingGrammar;
import org.policygraph.ingest.parse.GazetteParser;
import org.policygraph.ingest.parse.InputForms;
import org.policygraph.ingest.record.Gazette;
import org.policygraph.ingest.record.OrganizationRecord;
import org.policygraph.ingest.record.ParsedFile;
import org.policygraph.ingest.record.SingleDocument;
import org.policygraph.ingest.source.SourceFile;
import org.policygraph.ingest.write.GazetteWriter;
import org.policygraph.ingest.write.SingleDocumentWriter;
import org.policygraph.succession.Successions;

/**
 * Parses files (gazette issues and single documents, recognised by their content) against
 * the department registry and writes them. Parsing happens completely before anything is
 * written, so a malformed file leaves the graph as it was.
 */
public final class GazetteIngester {

	/**
	 * Issues per write transaction in a bulk load; past about ten, a larger transaction
	 * costs more per issue.
	 */
	public static final int BATCH_ISSUES = 10;

	private final OrganizationDirectory directory;

	private final GazetteParser strictParser;

	private final GazetteParser lenientParser;

	private final boolean strictByDefault;

	private final GazetteWriter writer;

	private final InputForms strictForms;

	private final InputForms lenientForms;

	private final SingleDocumentWriter documentWriter;

	/** Against one registry and the built-in reference data, strict by default. */
	public GazetteIngester(DepartmentRegistry registry, Driver driver) {
		this(OrganizationDirectory.withDefaults(registry), driver, true);
	}

	/** Without successions: they are left in the graph as they are. */
	public GazetteIngester(OrganizationDirectory directory, Driver driver, boolean strictByDefault) {
		this(directory, Successions.none(), driver, strictByDefault);
	}

	/**
	 * @param successions the reviewed successions between the registry's bodies, written
	 * with every batch (none: left as they are)
	 * @param strictByDefault whether {@link #parse(String, byte[])} refuses unit names no
	 * registry or template knows (else they become unverified organisations)
	 */
	public GazetteIngester(OrganizationDirectory directory, Successions successions, Driver driver,
			boolean strictByDefault) {
		this.directory = directory;
		this.strictParser = new GazetteParser(directory, true, new FundingGrammar());
		this.lenientParser = new GazetteParser(directory, false, new FundingGrammar());
		this.strictForms = new InputForms(directory, true, new FundingGrammar());
		this.lenientForms = new InputForms(directory, false, new FundingGrammar());
		this.strictByDefault = strictByDefault;
		this.writer = driver == null ? null : new GazetteWriter(driver, successions);
		this.documentWriter = driver == null ? null : new SingleDocumentWriter(driver);
	}

	public Gazette parse(String fileName, byte[] content) {
		return parse(fileName, content, strictByDefault);
	}

	/**
	 * @param strict refuse unit names no registry or template knows, naming the line
	 */
	public Gazette parse(String fileName, byte[] content, boolean strict) {
		return (strict ? strictParser : lenientParser).parse(fileName, content);
	}

	/**
	 * Reads any file users have: a gazette issue, or a single document as text, a
	 * disclosure page, HTML or PDF.
	 */
	public ParsedFile parseFile(String fileName, byte[] content) {
		return parseFile(fileName, content, strictByDefault);
	}

	/**
	 * @param strict refuse unit names no registry or template knows, naming the line
	 */
	public ParsedFile parseFile(String fileName, byte[] content, boolean strict) {
		return (strict ? strictForms : lenientForms).parse(new SourceFile(fileName, content));
	}

	/**
	 * Writes single documents, {@link #BATCH_ISSUES} to a transaction, each batch wholly
	 * or not at all.
	 */
	public List<SingleDocumentWriter.DocumentSummary> writeDocuments(List<SingleDocument> documents) {
		if (documentWriter == null) {
			throw new IllegalStateException("this ingester has no database");
		}
		List<OrganizationRecord> organizations = organizations();
		List<SingleDocumentWriter.DocumentSummary> summaries = new java.util.ArrayList<>();
		for (int from = 0; from < documents.size(); from += BATCH_ISSUES) {
			summaries.addAll(documentWriter
				.write(documents.subList(from, Math.min(documents.size(), from + BATCH_ISSUES)), organizations));
		}
		return summaries;
	}

	/** Parses and writes one file of any form, as the admin endpoint does. */
	public Object ingestFile(String fileName, byte[] content) {
		ParsedFile parsed = parseFile(fileName, content);
		return parsed.gazette() != null ? write(parsed.gazette(), Map.of())
				: writeDocuments(List.of(parsed.document())).getFirst();
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

	/** The curated units: written with every issue, whether it names them or not. */
	List<OrganizationRecord> organizations() {
		return directory.curated().stream().map(OrganizationRecord::of).toList();
	}

}
