package org.policygraph.ingest.write;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The importer's CSV files, written a line at a time as the graph is built: one data file
 * per set of labels and per relationship type, and beside each a header file, written
 * last, once every column and its type is known. A column first seen after some lines
 * were written is added at the end, so those lines are shorter than the header, which the
 * importer reads as no value. So a node or relationship can be written and forgotten as
 * soon as it is made.
 */
final class CsvFiles implements Closeable {

	/**
	 * Between the elements of an array in a field: a control character no text of a
	 * gazette contains (checked).
	 */
	private static final char ARRAY_DELIMITER = '\u001f';

	private static final List<String> NODE_COLUMNS = List.of(":ID", ":LABEL");

	private static final List<String> RELATIONSHIP_COLUMNS = List.of(":START_ID", ":END_ID", ":TYPE");

	/** One file and its header: the importer's {@code --nodes=header,data}. */
	private static final class Group {

		final String option;

		final List<String> fixed;

		final Path header;

		final Path data;

		final BufferedWriter out;

		/** The property columns in the order they were first seen, with their types. */
		final Map<String, String> types = new LinkedHashMap<>();

		Group(String option, List<String> fixed, Path header, Path data) throws IOException {
			this.option = option;
			this.fixed = fixed;
			this.header = header;
			this.data = data;
			this.out = Files.newBufferedWriter(data, StandardCharsets.UTF_8);
		}

	}

	private final Path dir;

	private final Map<String, Group> nodeGroups = new LinkedHashMap<>();

	private final Map<String, Group> relationshipGroups = new LinkedHashMap<>();

	/** The nodes with an empty list, by their label and the keys they have empty. */
	private final Map<String, Map<List<String>, List<String>>> emptyLists = new LinkedHashMap<>();

	private final StringBuilder line = new StringBuilder();

	CsvFiles(Path dir) throws IOException {
		this.dir = Files.createDirectories(dir);
	}

	/** A node with its properties (its id among them, as the writers set it). */
	void node(String id, Set<String> labels, Map<String, Object> properties) {
		TreeSet<String> sorted = new TreeSet<>(labels);
		String key = String.join(";", sorted);
		Group group = nodeGroups.get(key);
		if (group == null) {
			int n = nodeGroups.size();
			group = open("--nodes=", NODE_COLUMNS, "nodes-" + n);
			nodeGroups.put(key, group);
		}
		List<String> empty = null;
		for (var p : properties.entrySet()) {
			if (p.getValue() instanceof List<?> list && list.isEmpty()) {
				if (empty == null) {
					empty = new ArrayList<>();
				}
				empty.add(p.getKey());
			}
		}
		if (empty != null) {
			empty.sort(null);
			emptyLists.computeIfAbsent(sorted.first(), k -> new LinkedHashMap<>())
				.computeIfAbsent(empty, k -> new ArrayList<>())
				.add(id);
		}
		line.setLength(0);
		line.append(field(id)).append(',').append(field(new ArrayList<>(sorted)));
		append(group, properties);
	}

	/** A relationship between two nodes' ids. */
	void relationship(String type, String from, String to, Map<String, Object> properties) {
		properties.forEach((key, value) -> {
			if (value instanceof List<?> list && list.isEmpty()) {
				throw new IllegalStateException(
						"an empty list on a relationship " + type + " can't be imported; ingest without --bulk");
			}
		});
		Group group = relationshipGroups.get(type);
		if (group == null) {
			group = open("--relationships=", RELATIONSHIP_COLUMNS, "relationships-" + type);
			relationshipGroups.put(type, group);
		}
		line.setLength(0);
		line.append(field(from)).append(',').append(field(to)).append(',').append(field(type));
		append(group, properties);
	}

	/**
	 * Closes the data files and writes every header.
	 * @return the importer's arguments for the files and the empty lists to set after it
	 */
	CsvImport.Written finish() throws IOException {
		List<String> args = new ArrayList<>();
		for (Map<String, Group> groups : List.of(nodeGroups, relationshipGroups)) {
			for (Group group : groups.values()) {
				group.out.close();
				List<String> header = new ArrayList<>(group.fixed);
				group.types.forEach((key, type) -> header.add(key + ":" + type));
				Files.writeString(group.header, String.join(",", header) + "\n", StandardCharsets.UTF_8);
				args.add(group.option + group.header + "," + group.data);
			}
		}
		args.addAll(List.of("--array-delimiter=" + ARRAY_DELIMITER, "--multiline-fields=true", "--id-type=string",
				"neo4j"));
		List<CsvImport.EmptyLists> empty = new ArrayList<>();
		emptyLists.forEach((label, byKeys) -> byKeys
			.forEach((keys, ids) -> empty.add(new CsvImport.EmptyLists(label, List.copyOf(keys), List.copyOf(ids)))));
		return new CsvImport.Written(List.copyOf(args), List.copyOf(empty));
	}

	@Override
	public void close() throws IOException {
		IOException failed = null;
		for (Map<String, Group> groups : List.of(nodeGroups, relationshipGroups)) {
			for (Group group : groups.values()) {
				try {
					group.out.close();
				}
				catch (IOException ex) {
					failed = ex;
				}
			}
		}
		if (failed != null) {
			throw failed;
		}
	}

	private Group open(String option, List<String> fixed, String name) {
		try {
			return new Group(option, fixed, dir.resolve(name + "-header.csv"), dir.resolve(name + ".csv"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The rest of the line: a field for every column the group has (empty where this one
	 * has no value), then the columns it is the first to have.
	 */
	private void append(Group group, Map<String, Object> properties) {
		int found = 0;
		for (var column : group.types.entrySet()) {
			line.append(',');
			Object value = properties.get(column.getKey());
			if (value != null) {
				found++;
				if (!(value instanceof List<?> list && list.isEmpty())) {
					check(group, column.getKey(), column.getValue(), value);
					line.append(field(value));
				}
			}
		}
		if (properties.size() > found) {
			for (var p : properties.entrySet()) {
				String type = type(p.getValue());
				if (type != null && group.types.putIfAbsent(p.getKey(), type) == null) {
					line.append(',').append(field(p.getValue()));
				}
			}
		}
		// the importer misreads a line shorter than the header that ends in an empty
		// field; no value ends in an unquoted comma (text is quoted), so the trailing
		// empty fields can go
		int end = line.length();
		while (line.charAt(end - 1) == ',') {
			end--;
		}
		line.setLength(end);
		line.append('\n');
		try {
			group.out.append(line);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void check(Group group, String key, String was, Object value) {
		String type = type(value);
		if (!was.equals(type)) {
			throw new IllegalStateException(group.data.getFileName() + ": property " + key + " is " + was + " and "
					+ type + " in different rows");
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
