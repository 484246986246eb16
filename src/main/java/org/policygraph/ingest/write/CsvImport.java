package org.policygraph.ingest.write;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.neo4j.cli.ExecutionContext;
import org.neo4j.driver.Driver;
import org.neo4j.importer.ImportCommand;
import picocli.CommandLine;

/**
 * Builds a new store from the CSV files of a {@link BulkGraph} ({@link CsvFiles}) with
 * Neo4j's own bulk importer (the {@code neo4j-admin database import full} command of the
 * {@code neo4j-import-tool} module the embedded database ships with). The importer writes
 * the store files directly, without transactions, which is what makes it fast; it can
 * only create a store, never add to one.
 */
public final class CsvImport {

	/**
	 * The importer leaves a property out for an empty array; the transactional writers
	 * store {@code []}. These are set after the import: on each node of {@code ids},
	 * every key of {@code keys}.
	 */
	public record EmptyLists(String label, List<String> keys, List<String> ids) {
	}

	private CsvImport() {
	}

	/**
	 * The CSV files of a graph, as the importer's arguments, and the empty arrays to set
	 * once the store runs ({@link #setEmptyLists}).
	 */
	public record Written(List<String> arguments, List<EmptyLists> emptyLists) {
	}

	/**
	 * Imports the written CSV files into a new database {@code neo4j} under
	 * {@code storeHome} (the embedded store path).
	 */
	public static void importInto(Path storeHome, Written written, PrintStream log) throws IOException {
		requireNoStore(storeHome);
		Files.createDirectories(storeHome.resolve("conf"));
		var command = new ImportCommand.Full(new ExecutionContext(storeHome, storeHome.resolve("conf"), log, log,
				new org.neo4j.io.fs.DefaultFileSystemAbstraction()));
		int status = new CommandLine(command).execute(written.arguments().toArray(String[]::new));
		if (status != 0) {
			throw new IllegalStateException("the bulk importer failed (status " + status + "); its output says why");
		}
	}

	/** Refuses a store path that holds a store already: the importer only creates. */
	public static void requireNoStore(Path storeHome) {
		if (Files.exists(storeHome.resolve("data/databases/neo4j"))) {
			throw new IllegalArgumentException(
					storeHome + " already holds a store; a bulk import only builds a new one (use another "
							+ "--policygraph.embedded.store-path, or ingest without --bulk)");
		}
	}

	/**
	 * Nodes set with empty lists per transaction: a transaction's memory is capped by the
	 * heap, and one for all 2.5 million items of 10,000 issues outgrew the default
	 * heap's.
	 */
	static final int EMPTY_LISTS_PER_TRANSACTION = 10_000;

	/**
	 * Sets the empty arrays the importer left out; a store without them is unchanged. A
	 * node is found once for all its empty keys (documents' addressees and own titles,
	 * departments' aliases and former ids: 90,000 nodes at 10,000 issues; service items
	 * without earmarks have no earmark lists, see ServiceListWriter). They go in several
	 * transactions; the store is new and not yet served, and a failure here fails the
	 * bulk import.
	 */
	public static void setEmptyLists(Driver driver, List<EmptyLists> empty) {
		try (var session = driver.session()) {
			for (EmptyLists e : empty) {
				// Labels and keys can't be parameters; both come from the writers' rows.
				String set = e.keys().stream().map(key -> "n.`" + key + "` = []").collect(Collectors.joining(", "));
				String statement = """
						UNWIND $ids AS id
						MATCH (n:`%s` {id: id})
						SET %s
						""".formatted(e.label(), set);
				for (int from = 0; from < e.ids().size(); from += EMPTY_LISTS_PER_TRANSACTION) {
					List<String> ids = e.ids()
						.subList(from, Math.min(e.ids().size(), from + EMPTY_LISTS_PER_TRANSACTION));
					session.executeWriteWithoutResult(tx -> tx.run(statement, Map.of("ids", ids)).consume());
				}
			}
		}
	}

}
