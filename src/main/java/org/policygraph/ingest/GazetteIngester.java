package org.policygraph.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.neo4j.driver.Driver;
import org.policygraph.ingest.write.WriteSummary;
import org.policygraph.department.DepartmentRegistry;
import org.policygraph.department.OrganizationDirectory;
import org.policygraph.funding.FundingClassifier;
import org.policygraph.funding.FundingGrammar;
import org.policygraph.funding.RememberedFunding;
import org.policygraph.ingest.parse.GazetteParser;
import org.policygraph.ingest.parse.InputForms;
import org.policygraph.ingest.record.Gazette;
import org.policygraph.ingest.record.OrganizationRecord;
import org.policygraph.ingest.record.ParsedFile;
import org.policygraph.ingest.record.SingleDocument;
import org.policygraph.ingest.source.SourceFile;
import org.policygraph.ingest.write.GazetteWriter;
import org.policygraph.ingest.write.SharedRows;
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

	/**
	 * The 支出责任 sentences whose readings are kept: a standard prints a few hundred, a
	 * national corpus repeats them, and a reading is a few hundred bytes.
	 */
	private static final int FUNDING_SENTENCES_KEPT = 50_000;

	private final OrganizationDirectory directory;

	private final GazetteParser strictParser;

	private final GazetteParser lenientParser;

	private final boolean strictByDefault;

	private final GazetteWriter writer;

	private final InputForms strictForms;

	private final InputForms lenientForms;

	private final SingleDocumentWriter documentWriter;

	private final Driver driver;

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
		FundingClassifier funding = new RememberedFunding(new FundingGrammar(), FUNDING_SENTENCES_KEPT);
		this.strictParser = new GazetteParser(directory, true, funding);
		this.lenientParser = new GazetteParser(directory, false, funding);
		this.strictForms = new InputForms(directory, true, funding);
		this.lenientForms = new InputForms(directory, false, funding);
		this.strictByDefault = strictByDefault;
		this.driver = driver;
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
		List<SingleDocumentWriter.DocumentSummary> summaries = new ArrayList<>();
		for (int from = 0; from < documents.size(); from += BATCH_ISSUES) {
			summaries.addAll(documentWriter
				.write(documents.subList(from, Math.min(documents.size(), from + BATCH_ISSUES)), organizations));
		}
		writer.awaitSearchIndex();
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
		WriteSummary summary = writer.write(gazette, organizations(), seedState);
		writer.awaitSearchIndex();
		return summary;
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
		SharedRows shared = SharedRows.forRun();
		for (int from = 0; from < gazettes.size(); from += BATCH_ISSUES) {
			List<Gazette> batch = gazettes.subList(from, Math.min(gazettes.size(), from + BATCH_ISSUES));
			starting.accept(batch);
			written.accept(writer.writeBatch(batch, organizations, Map.of(), from == 0, shared));
		}
		writer.awaitSearchIndex();
	}

	/**
	 * What an ingest of many files reports as it goes, on the caller's thread and in the
	 * files' order.
	 */
	public interface Progress {

		/** A file was read (it is written later, with its batch). */
		default void parsed(Path file, ParsedFile parsed) {
		}

		/** A file is malformed or unreadable: it is skipped whole. */
		default void refused(Path file, Exception reason) {
		}

		/** A batch's transaction begins. */
		default void writing(List<Gazette> batch) {
		}

		/** A batch committed. */
		default void written(List<WriteSummary> summaries) {
		}

	}

	/**
	 * What an ingest of many files did.
	 *
	 * @param parsing time spent reading and parsing (on the parser's thread, beside the
	 * writes)
	 * @param writing time spent in write transactions and waiting for the search index
	 */
	public record Run(int refused, List<SingleDocumentWriter.DocumentSummary> documents, Duration parsing,
			Duration writing) {
	}

	/**
	 * Ingests many files as the ingest command does: each is parsed on a thread of its
	 * own a few files ahead while the issues before it are written, {@link #BATCH_ISSUES}
	 * to a transaction (each batch wholly in the graph or not at all); a malformed file
	 * is skipped whole. The reference data (the curated registry, the payers, the
	 * successions) is written with the first batch only, and the full-text index awaited
	 * once at the end; the units and generic parties an earlier batch wrote as they are
	 * are not merged again. Single documents are written after the issues.
	 * @param strict refuse unit names no registry or template knows, naming the line
	 */
	public Run ingestFiles(List<Path> files, boolean strict, Progress progress) {
		if (writer == null) {
			throw new IllegalStateException("this ingester has no database");
		}
		List<OrganizationRecord> organizations = organizations();
		List<SingleDocument> documents = new ArrayList<>();
		List<Gazette> batch = new ArrayList<>();
		int refused = 0;
		long parsing = 0;
		long writing = 0;
		boolean withReference = true;
		SharedRows shared = SharedRows.forRun();
		try (ParseAhead parser = new ParseAhead(files, (name, content) -> parseFile(name, content, strict),
				2 * BATCH_ISSUES)) {
			for (ParseAhead.Outcome outcome = parser.next();; outcome = parser.next()) {
				if (outcome != null) {
					parsing += outcome.nanos();
					if (outcome.failure() != null) {
						refused++;
						progress.refused(outcome.file(), outcome.failure());
						continue;
					}
					progress.parsed(outcome.file(), outcome.parsed());
					if (outcome.parsed().gazette() == null) {
						documents.add(outcome.parsed().document());
						continue;
					}
					batch.add(outcome.parsed().gazette());
				}
				if (batch.size() == BATCH_ISSUES || outcome == null && !batch.isEmpty()) {
					long start = System.nanoTime();
					progress.writing(batch);
					progress.written(writer.writeBatch(batch, organizations, Map.of(), withReference, shared));
					writing += System.nanoTime() - start;
					withReference = false;
					batch = new ArrayList<>();
				}
				if (outcome == null) {
					break;
				}
			}
		}
		long start = System.nanoTime();
		List<SingleDocumentWriter.DocumentSummary> written = documents.isEmpty() ? List.of()
				: writeDocuments(documents);
		writer.awaitSearchIndex();
		writing += System.nanoTime() - start;
		return new Run(refused, written, Duration.ofNanos(parsing), Duration.ofNanos(writing));
	}

	GazetteWriter writer() {
		if (writer == null) {
			throw new IllegalStateException("this ingester has no database");
		}
		return writer;
	}

	Driver driver() {
		return driver;
	}

	/** The curated units: written with every issue, whether it names them or not. */
	List<OrganizationRecord> organizations() {
		return directory.curated().stream().map(OrganizationRecord::of).toList();
	}

}
