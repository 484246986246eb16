package org.policygraph.ingest;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.policygraph.ingest.record.SingleDocument;
import org.policygraph.ingest.write.BulkGraph;
import org.policygraph.ingest.write.CsvImport;
import org.policygraph.ingest.write.SingleDocumentWriter;

/**
 * The bulk path for a corpus loaded from scratch (a national corpus of thousands of
 * issues): every file parsed, the graph the transactional writers would build computed as
 * the files come and written as CSV as it is computed ({@link BulkGraph}), then imported
 * into a new store by Neo4j's bulk importer, while the store is not running. Then, with
 * the store running, what the importer can't do goes through the transactional writers in
 * a few transactions: the successions (with the reference data), the empty lists, and the
 * single documents. The store holds the same graph as ingesting the files one by one
 * would leave ({@code IngestBatchingIT}).
 */
public final class BulkIngester {

	/**
	 * What the import left for {@link #complete} to write once the store runs.
	 *
	 * @param parsing reading and parsing every file (on every core), computing the graph
	 * as they come and writing what each batch creates as CSV (wall time)
	 * @param csv writing what was held to the end (the MERGEd nodes and relationships)
	 * and the headers
	 * @param importing the importer
	 */
	public record Imported(int issues, int refused, List<SingleDocument> documents,
			List<CsvImport.EmptyLists> emptyLists, Duration parsing, Duration csv, Duration importing) {
	}

	/** The files read and written as CSV; the graph itself is no longer held. */
	private record Written(int issues, int refused, List<SingleDocument> documents, CsvImport.Written csv,
			Duration parsing, Duration writing) {
	}

	private BulkIngester() {
	}

	/**
	 * Parses the files and imports their issues into a new store at {@code storeHome}
	 * (which must not hold one); a malformed file is skipped whole and reported.
	 * @param ingester the parser and the reference data (its database is not used)
	 * @param csvDir where the CSV files go (kept, for review)
	 */
	public static Imported importFiles(GazetteIngester ingester, List<Path> files, boolean strict, Path storeHome,
			Path csvDir, PrintStream log, GazetteIngester.Progress progress) throws IOException {
		CsvImport.requireNoStore(storeHome);
		Written written = writeCsv(ingester, files, strict, csvDir, progress);
		long start = System.nanoTime();
		CsvImport.importInto(storeHome, written.csv(), log);
		return new Imported(written.issues(), written.refused(), written.documents(), written.csv().emptyLists(),
				written.parsing(), written.writing(), Duration.ofNanos(System.nanoTime() - start));
	}

	/**
	 * Parses the files into the graph and writes it as CSV. Each issue goes into the
	 * graph as it is parsed and is then let go, what it creates is written at once, and
	 * the rest of the graph is let go once written, so the heap holds the MERGEd part of
	 * the graph only, and the importer (which sizes its memory by what the machine has
	 * free) runs beside a small one.
	 */
	private static Written writeCsv(GazetteIngester ingester, List<Path> files, boolean strict, Path csvDir,
			GazetteIngester.Progress progress) throws IOException {
		List<SingleDocument> documents = new ArrayList<>();
		int issues = 0;
		int refused = 0;
		long start = System.nanoTime();
		long parsed;
		CsvImport.Written csv;
		// nothing is written to a store until every file is read, so the files are parsed
		// on every core, handed on in their order (the graph doesn't depend on the
		// threads)
		int threads = Runtime.getRuntime().availableProcessors();
		try (BulkGraph graph = new BulkGraph(ingester.organizations(), GazetteIngester.BATCH_ISSUES, csvDir);
				ParseAhead parser = new ParseAhead(files, (name, content) -> ingester.parseFile(name, content, strict),
						2 * GazetteIngester.BATCH_ISSUES, threads)) {
			for (ParseAhead.Outcome outcome = parser.next(); outcome != null; outcome = parser.next()) {
				if (outcome.failure() != null) {
					refused++;
					progress.refused(outcome.file(), outcome.failure());
					continue;
				}
				progress.parsed(outcome.file(), outcome.parsed());
				if (outcome.parsed().gazette() != null) {
					graph.add(outcome.parsed().gazette());
					issues++;
				}
				else {
					documents.add(outcome.parsed().document());
				}
			}
			parsed = System.nanoTime();
			csv = graph.complete();
		}
		catch (UncheckedIOException ex) {
			// a CSV line the disk would not take, written from inside the graph
			throw ex.getCause();
		}
		return new Written(issues, refused, documents, csv, Duration.ofNanos(parsed - start),
				Duration.ofNanos(System.nanoTime() - parsed));
	}

	/**
	 * What {@link #complete} wrote, and how long each part took (wall time).
	 *
	 * @param successions the reference data with the successions
	 * @param emptyLists the empty lists set
	 * @param rest the single documents and the wait for the search index
	 */
	public record Completed(List<SingleDocumentWriter.DocumentSummary> documents, Duration successions,
			Duration emptyLists, Duration rest) {
	}

	/**
	 * On the imported store, running: the reference data with the successions, the empty
	 * lists, the single documents, then the wait for the search index.
	 * @param ingester one on the imported store's database
	 */
	public static Completed complete(GazetteIngester ingester, Imported imported) {
		long start = System.nanoTime();
		ingester.writer().writeBatch(List.of(), ingester.organizations(), Map.of(), true);
		long succeeded = System.nanoTime();
		CsvImport.setEmptyLists(ingester.driver(), imported.emptyLists());
		long emptied = System.nanoTime();
		List<SingleDocumentWriter.DocumentSummary> documents = imported.documents().isEmpty() ? List.of()
				: ingester.writeDocuments(imported.documents());
		ingester.writer().awaitSearchIndex();
		return new Completed(documents, Duration.ofNanos(succeeded - start), Duration.ofNanos(emptied - succeeded),
				Duration.ofNanos(System.nanoTime() - emptied));
	}

}
