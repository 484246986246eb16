package org.policygraph.ingest.write;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.neo4j.cli.ExecutionContext;
import org.neo4j.driver.Driver;
import org.neo4j.importer.ImportCommand;
import picocli.CommandLine;

/**
 * Builds a new store from a {@link BulkGraph} with Neo4j's own bulk importer (the
 * {@code neo4j-admin database import full} command of the {@code neo4j-import-tool}
 * module the embedded database ships with): one CSV file per set of labels and per
 * relationship type, each property column typed from its values. The importer writes the
 * store files directly, without transactions, which is what makes it fast; it can only
 * create a store, never add to one.
 */
public final class CsvImport {

	/**
	 * Between the elements of an array in a field: a control character no text of a
	 * gazette contains (checked).
	 */
	private static final char ARRAY_DELIMITER = '\u001f';

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
	 * Writes the graph's CSV files into {@code csvDir}, straight from its nodes and
	 * relationships: at 10,000 issues a row map per line would double what the heap holds
	 * while the importer needs the machine's memory.
	 */
	public static Written write(BulkGraph graph, Path csvDir) throws IOException {
		Files.createDirectories(csvDir);
		List<String> args = new ArrayList<>();
		List<EmptyLists> empty = new ArrayList<>();
		Map<String, List<Map.Entry<String, BulkGraph.Node>>> byLabels = new TreeMap<>();
		graph.nodes()
			.entrySet()
			.forEach(e -> byLabels
				.computeIfAbsent(String.join(";", new TreeSet<>(e.getValue().labels())), k -> new ArrayList<>())
				.add(e));
		int file = 0;
		for (var group : byLabels.entrySet()) {
			Path csv = csvDir.resolve("nodes-" + file++ + ".csv");
			List<Object> labels = List.of(group.getKey().split(";"));
			empty.addAll(emptyLists(group.getKey().split(";")[0], group.getValue()));
			write(csv, List.of(":ID", ":LABEL"), group.getValue(), e -> List.of(e.getKey(), labels),
					e -> e.getValue().properties());
			args.add("--nodes=" + csv);
		}
		Map<String, List<BulkGraph.Relationship>> byType = new TreeMap<>();
		for (BulkGraph.Relationship r : graph.relationships()) {
			r.properties().forEach((key, value) -> {
				if (value instanceof List<?> list && list.isEmpty()) {
					throw new IllegalStateException("an empty list on a relationship " + r.type()
							+ " can't be imported; ingest without --bulk");
				}
			});
			byType.computeIfAbsent(r.type(), k -> new ArrayList<>()).add(r);
		}
		for (var group : byType.entrySet()) {
			Path csv = csvDir.resolve("relationships-" + group.getKey() + ".csv");
			write(csv, List.of(":START_ID", ":END_ID", ":TYPE"), group.getValue(),
					r -> List.of(r.from(), r.to(), r.type()), BulkGraph.Relationship::properties);
			args.add("--relationships=" + csv);
		}
		args.addAll(List.of("--array-delimiter=" + ARRAY_DELIMITER, "--multiline-fields=true", "--id-type=string",
				"neo4j"));
		return new Written(List.copyOf(args), List.copyOf(empty));
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
	 * Sets the empty arrays the importer left out; a store without them is unchanged. A
	 * node is found once for all its empty keys (an imported service list leaves three or
	 * four on each item: a quarter of a million properties at 1,000 issues).
	 */
	public static void setEmptyLists(Driver driver, List<EmptyLists> empty) {
		try (var session = driver.session()) {
			for (EmptyLists e : empty) {
				// Labels and keys can't be parameters; both come from the writers' rows.
				String set = e.keys().stream().map(key -> "n.`" + key + "` = []").collect(Collectors.joining(", "));
				session.executeWriteWithoutResult(tx -> tx.run("""
						UNWIND $ids AS id
						MATCH (n:`%s` {id: id})
						SET %s
						""".formatted(e.label(), set), Map.of("ids", e.ids())).consume());
			}
		}
	}

	/**
	 * The nodes of one label set with an empty list, grouped by the keys they have empty.
	 */
	private static List<EmptyLists> emptyLists(String label, List<Map.Entry<String, BulkGraph.Node>> nodes) {
		Map<List<String>, List<String>> byKeys = new LinkedHashMap<>();
		for (var e : nodes) {
			List<String> keys = e.getValue()
				.properties()
				.entrySet()
				.stream()
				.filter(p -> p.getValue() instanceof List<?> list && list.isEmpty())
				.map(Map.Entry::getKey)
				.sorted()
				.toList();
			if (!keys.isEmpty()) {
				byKeys.computeIfAbsent(keys, k -> new ArrayList<>()).add((String) e.getValue().properties().get("id"));
			}
		}
		return byKeys.entrySet().stream().map(e -> new EmptyLists(label, e.getKey(), e.getValue())).toList();
	}

	/**
	 * One file: a header naming each column (the fixed ones, then each property typed
	 * from its values), then one line per item.
	 */
	private static <T> void write(Path csv, List<String> fixed, List<T> items, Function<T, List<Object>> fixedValues,
			Function<T, Map<String, Object>> properties) throws IOException {
		Map<String, String> types = new LinkedHashMap<>();
		for (T item : items) {
			properties.apply(item).forEach((key, value) -> {
				String type = type(value);
				if (type == null) {
					return;
				}
				String was = types.putIfAbsent(key, type);
				if (was != null && !was.equals(type)) {
					throw new IllegalStateException(csv.getFileName() + ": property " + key + " is " + was + " and "
							+ type + " in different rows");
				}
			});
		}
		try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
			List<String> keys = new ArrayList<>(types.keySet());
			List<String> header = new ArrayList<>(fixed);
			for (String key : keys) {
				header.add(key + ":" + types.get(key));
			}
			out.write(String.join(",", header));
			out.write('\n');
			StringBuilder line = new StringBuilder();
			for (T item : items) {
				line.setLength(0);
				List<Object> values = fixedValues.apply(item);
				for (int i = 0; i < values.size(); i++) {
					if (i > 0) {
						line.append(',');
					}
					line.append(field(values.get(i)));
				}
				Map<String, Object> props = properties.apply(item);
				for (String key : keys) {
					line.append(',');
					Object value = props.get(key);
					if (value != null && !(value instanceof List<?> list && list.isEmpty())) {
						line.append(field(value));
					}
				}
				line.append('\n');
				out.append(line);
			}
		}
	}

	/** The importer's type of a value; null for an empty list (its type is unknown). */
	private static String type(Object value) {
		return switch (value) {
			case null -> null;
			case String s -> "string";
			case Integer i -> "long";
			case Long l -> "long";
			case Double d -> "double";
			case Boolean b -> "boolean";
			case LocalDate d -> "date";
			case List<?> list when list.isEmpty() -> null;
			case List<?> list -> type(list.getFirst()) + "[]";
			default -> throw new IllegalStateException("no CSV type for " + value.getClass().getSimpleName());
		};
	}

	private static String field(Object value) {
		if (value instanceof List<?> list) {
			StringBuilder joined = new StringBuilder();
			for (Object element : list) {
				String text = String.valueOf(element);
				if (text.indexOf(ARRAY_DELIMITER) >= 0 || text.isEmpty()) {
					throw new IllegalStateException("an array element the importer can't take: \"" + text + "\"");
				}
				if (!joined.isEmpty()) {
					joined.append(ARRAY_DELIMITER);
				}
				joined.append(text);
			}
			return quoted(joined.toString());
		}
		return value instanceof String s ? quoted(s) : String.valueOf(value);
	}

	private static String quoted(String text) {
		return '"' + text.replace("\"", "\"\"") + '"';
	}

}
