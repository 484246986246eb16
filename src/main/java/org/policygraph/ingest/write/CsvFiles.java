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
import java.util.BitSet;
import java.util.HashMap;
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
 * soon as it is made, all but the number a node's id stands for.
 * <p>
 * Text with line breaks (the printed sentences facts carry) is what keeps the importer
 * from reading a file on several threads: it has to cut a file into chunks at line ends,
 * and inside a quoted field a line end is not one. Its older mode for such files parses
 * all input on one thread; its newer one ({@code --multiline-fields-format=v2}) names the
 * files and guesses a cut by reading back from a chunk's end, a guess that failed on a
 * 1,000-issue corpus (a line break in a field near a chunk's end). So a file that holds a
 * line break is closed before it outgrows one chunk (the read buffer): the importer reads
 * it whole, never cuts it, and reads the rest in parallel.
 */
final class CsvFiles implements Closeable {

	/**
	 * Between the elements of an array in a field: a control character no text of a
	 * gazette contains (checked).
	 */
	private static final char ARRAY_DELIMITER = '\u001f';

	private static final List<String> NODE_COLUMNS = List.of(":ID", ":LABEL");

	private static final List<String> RELATIONSHIP_COLUMNS = List.of(":START_ID", ":END_ID", ":TYPE");

	/**
	 * The importer's read buffer, in characters (its {@code --read-buffer-size} counts
	 * them): its default, 4 MiB, named so the files can be cut to it. No value of a
	 * gazette comes near it (an issue's whole text is about 50,000).
	 */
	static final int READ_BUFFER_CHARS = 4 << 20;

	/**
	 * A set of labels or a relationship type: the importer's
	 * {@code --nodes=header,data…}.
	 */
	private static final class Group {

		final String option;

		final List<String> fixed;

		final Path header;

		final String name;

		final List<Path> data = new ArrayList<>();

		/** Of {@link #data}, those holding a line break inside a field. */
		final List<Path> multiline = new ArrayList<>();

		BufferedWriter out;

		/** Characters in the data file being written, line ends included. */
		long chars;

		/** Whether the data file being written holds a line break inside a field. */
		boolean currentIsMultiline;

		/** The property columns in the order they were first seen, with their types. */
		final Map<String, String> types = new LinkedHashMap<>();

		Group(String option, List<String> fixed, Path header, String name) {
			this.option = option;
			this.fixed = fixed;
			this.header = header;
			this.name = name;
		}

		Path current() {
			return data.getLast();
		}

	}

	private final Path dir;

	/** The most characters a file with a line break may hold: less than a read buffer. */
	private final int multilineFileChars;

	private final int readBufferChars;

	private final Map<String, Group> nodeGroups = new LinkedHashMap<>();

	private final Map<String, Group> relationshipGroups = new LinkedHashMap<>();

	/** The nodes with an empty list, by their label and the keys they have empty. */
	private final Map<String, Map<List<String>, List<String>>> emptyLists = new LinkedHashMap<>();

	private final StringBuilder line = new StringBuilder();

	/**
	 * Each node's number, given where its id is first seen (its line or a
	 * relationship's): the importer stores the node under it ({@code --id-type=actual}).
	 * Looking up string ids was more than half of the importer's relationship stage at
	 * 10,000 issues; this map costs about 100 bytes a node.
	 */
	private final Map<String, Long> numbers = new HashMap<>();

	/** The numbers of the nodes written, so none is written twice or left out. */
	private final BitSet written = new BitSet();

	CsvFiles(Path dir) throws IOException {
		this(dir, READ_BUFFER_CHARS);
	}

	/**
	 * Files for an importer reading {@code readBufferChars} characters at a time (smaller
	 * than the default in tests, to cut files at a few lines).
	 */
	CsvFiles(Path dir, int readBufferChars) throws IOException {
		this.dir = Files.createDirectories(dir);
		this.readBufferChars = readBufferChars;
		// a file exactly as long as the buffer fills it, and the importer then cuts it
		this.multilineFileChars = readBufferChars - 1;
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
		long number = number(id);
		if (written.get((int) number)) {
			throw new IllegalStateException("the node " + id + " is written twice");
		}
		written.set((int) number);
		line.append(number).append(',').append(field(new ArrayList<>(sorted)));
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
		line.append(number(from)).append(',').append(number(to)).append(',').append(field(type));
		append(group, properties);
	}

	/**
	 * Closes the data files and writes every header.
	 * @return the importer's arguments for the files and the empty lists to set after it
	 */
	CsvImport.Written finish() throws IOException {
		if (written.cardinality() != numbers.size()) {
			// a node number without its node would be a relationship to nothing
			List<String> missing = numbers.entrySet()
				.stream()
				.filter(e -> !written.get(e.getValue().intValue()))
				.map(Map.Entry::getKey)
				.sorted()
				.limit(5)
				.toList();
			throw new IllegalStateException((numbers.size() - written.cardinality())
					+ " nodes are named by relationships but were never written, among them " + missing);
		}
		List<String> args = new ArrayList<>();
		List<String> multiline = new ArrayList<>();
		for (Map<String, Group> groups : List.of(nodeGroups, relationshipGroups)) {
			for (Group group : groups.values()) {
				group.out.close();
				List<String> header = new ArrayList<>(group.fixed);
				group.types.forEach((key, type) -> header.add(key + ":" + type));
				Files.writeString(group.header, String.join(",", header) + "\n", StandardCharsets.UTF_8);
				StringBuilder files = new StringBuilder(group.option).append(group.header);
				group.data.forEach(data -> files.append(',').append(data));
				args.add(files.toString());
				group.multiline.forEach(data -> multiline.add(data.toString()));
			}
		}
		// paths as given, not patterns: a store path may hold a regular expression's
		// characters
		args.addAll(List.of("--path-pattern-style=none", "--read-buffer-size=" + readBufferChars,
				"--array-delimiter=" + ARRAY_DELIMITER));
		if (!multiline.isEmpty()) {
			args.addAll(List.of("--multiline-fields-format=v2", "--multiline-fields=" + String.join(",", multiline)));
		}
		args.addAll(List.of("--id-type=actual", "neo4j"));
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

	/** The node's number: the next one if its id is new. */
	private long number(String id) {
		return numbers.computeIfAbsent(id, k -> (long) numbers.size());
	}

	private Group open(String option, List<String> fixed, String name) {
		Group group = new Group(option, fixed, dir.resolve(name + "-header.csv"), name);
		openData(group);
		return group;
	}

	/** The group's next data file: {@code name.csv}, then {@code name-1.csv}, … */
	private void openData(Group group) {
		int n = group.data.size();
		Path data = dir.resolve(n == 0 ? group.name + ".csv" : group.name + "-" + n + ".csv");
		try {
			group.out = Files.newBufferedWriter(data, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		group.data.add(data);
		group.chars = 0;
		group.currentIsMultiline = false;
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
		boolean breaks = false;
		for (int i = line.length() - 2; i >= 0 && !breaks; i--) {
			char c = line.charAt(i);
			breaks = c == '\n' || c == '\r';
		}
		try {
			if (breaks || group.currentIsMultiline) {
				if (breaks && line.length() > multilineFileChars) {
					throw new IllegalStateException(group.current().getFileName() + ": a line of " + line.length()
							+ " characters with line breaks is longer than the importer reads at once ("
							+ multilineFileChars + "); ingest without --bulk");
				}
				if (group.chars + line.length() > multilineFileChars) {
					group.out.close();
					openData(group);
				}
				if (breaks && !group.currentIsMultiline) {
					group.currentIsMultiline = true;
					group.multiline.add(group.current());
				}
			}
			group.out.append(line);
			group.chars += line.length();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void check(Group group, String key, String was, Object value) {
		String type = type(value);
		if (!was.equals(type)) {
			throw new IllegalStateException(group.current().getFileName() + ": property " + key + " is " + was + " and "
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
