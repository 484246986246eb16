package org.policygraph.jurisdiction;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.policygraph.reference.ReferenceFiles;

/**
 * The reference table of administrative divisions, {@code graph-seed/jurisdictions.tsv},
 * generated from a GB/T 2260 package by {@code src/tools/jurisdictions/generate.mjs}.
 * Loading checks what the graph relies on, so that a bad regeneration is refused at
 * startup rather than seeded: codes unique, every parent present and of a higher level,
 * one nation at the root, names unique among siblings.
 */
public final class JurisdictionTable {

	public static final String FILE_NAME = "jurisdictions.tsv";

	static final String DEFAULT_RESOURCE = "graph-seed/" + FILE_NAME;

	static final String HEADER = "code\tname\tshort_names\tlevel\tparent\tenglish_name";

	private static final Pattern CODE = Pattern.compile("\\d{6}");

	private final List<Jurisdiction> all;

	private final Map<String, Jurisdiction> byCode;

	private final Map<String, List<Jurisdiction>> byName;

	private final Map<String, List<Jurisdiction>> byShortName;

	private final Map<String, List<Jurisdiction>> children;

	private JurisdictionTable(List<Jurisdiction> all) {
		this.all = List.copyOf(all);
		Map<String, Jurisdiction> codes = new LinkedHashMap<>();
		Map<String, List<Jurisdiction>> names = new HashMap<>();
		Map<String, List<Jurisdiction>> shortNames = new HashMap<>();
		Map<String, List<Jurisdiction>> kids = new HashMap<>();
		for (Jurisdiction j : all) {
			codes.put(j.code(), j);
			names.computeIfAbsent(j.name(), k -> new ArrayList<>()).add(j);
			j.shortNames().forEach(s -> shortNames.computeIfAbsent(s, k -> new ArrayList<>()).add(j));
			if (j.parentCode() != null) {
				kids.computeIfAbsent(j.parentCode(), k -> new ArrayList<>()).add(j);
			}
		}
		this.byCode = codes;
		this.byName = names;
		this.byShortName = shortNames;
		this.children = kids;
	}

	/**
	 * @throws IllegalArgumentException naming the file and line when the table is
	 * malformed
	 */
	public static JurisdictionTable load(InputStream in, String fileName) {
		return ReferenceFiles.load(in, fileName, JurisdictionTable::parse);
	}

	/**
	 * The built-in table from the classpath, or from the project directory when tests run
	 * before the build copied it.
	 */
	public static JurisdictionTable loadDefault() {
		return ReferenceFiles.loadBuiltIn(DEFAULT_RESOURCE, JurisdictionTable::parse);
	}

	private record Row(Jurisdiction jurisdiction, int line) {
	}

	static JurisdictionTable parse(List<String> lines, String fileName) {
		int i = 0;
		while (i < lines.size() && stripBom(lines.get(i)).startsWith("#")) {
			i++;
		}
		if (i == lines.size() || !stripBom(lines.get(i)).equals(HEADER)) {
			throw malformed(fileName, i + 1, "expected the header \"" + HEADER.replace("\t", "\\t") + "\"");
		}
		Map<String, Row> rows = new LinkedHashMap<>();
		for (i++; i < lines.size(); i++) {
			String line = lines.get(i);
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			Row row = new Row(parseRow(line, fileName, i + 1), i + 1);
			Row previous = rows.putIfAbsent(row.jurisdiction().code(), row);
			if (previous != null) {
				throw malformed(fileName, row.line(), "duplicate code " + row.jurisdiction().code() + " (already "
						+ previous.jurisdiction().name() + " on line " + previous.line() + ")");
			}
		}
		checkTree(rows, fileName);
		return new JurisdictionTable(rows.values().stream().map(Row::jurisdiction).toList());
	}

	private static Jurisdiction parseRow(String line, String fileName, int lineNo) {
		String[] cells = line.split("\t", -1);
		if (cells.length != 6) {
			throw malformed(fileName, lineNo,
					"expected 6 tab-separated columns (" + HEADER.replace('\t', ' ') + ") but found " + cells.length);
		}
		String code = cells[0].strip();
		if (!CODE.matcher(code).matches()) {
			throw malformed(fileName, lineNo, "code \"" + code + "\" is not six digits");
		}
		String name = cells[1].strip();
		if (name.isEmpty()) {
			throw malformed(fileName, lineNo, "empty name");
		}
		List<String> shortNames = cells[2].isBlank() ? List.of()
				: Arrays.stream(cells[2].split("\\|", -1)).map(String::strip).toList();
		if (shortNames.contains("")) {
			throw malformed(fileName, lineNo, "empty short name in \"" + cells[2] + "\"");
		}
		JurisdictionLevel level;
		try {
			level = JurisdictionLevel.valueOf(cells[3].strip());
		}
		catch (IllegalArgumentException ex) {
			throw malformed(fileName, lineNo, "unknown level \"" + cells[3].strip() + "\", expected one of "
					+ List.of(JurisdictionLevel.values()));
		}
		String parent = cells[4].strip();
		String englishName = cells[5].strip();
		if (englishName.isEmpty()) {
			throw malformed(fileName, lineNo, "empty english_name");
		}
		return new Jurisdiction(code, name, shortNames, level, parent.isEmpty() ? null : parent, englishName);
	}

	private static void checkTree(Map<String, Row> rows, String fileName) {
		Row nation = null;
		Map<String, Row> siblingNames = new HashMap<>();
		for (Row row : rows.values()) {
			Jurisdiction j = row.jurisdiction();
			if (j.level() == JurisdictionLevel.NATIONAL) {
				if (j.parentCode() != null) {
					throw malformed(fileName, row.line(), "the national level has no parent, found " + j.parentCode());
				}
				if (nation != null) {
					throw malformed(fileName, row.line(),
							"a second national row (the first is on line " + nation.line() + ")");
				}
				nation = row;
				continue;
			}
			if (j.parentCode() == null) {
				throw malformed(fileName, row.line(), j.name() + " (" + j.level() + ") has no parent");
			}
			Row parent = rows.get(j.parentCode());
			if (parent == null) {
				throw malformed(fileName, row.line(),
						"parent " + j.parentCode() + " of " + j.name() + " is not in the table");
			}
			if (parent.jurisdiction().level().compareTo(j.level()) >= 0) {
				throw malformed(fileName, row.line(), "parent " + parent.jurisdiction().name() + " ("
						+ parent.jurisdiction().level() + ") is not above " + j.name() + " (" + j.level() + ")");
			}
			Row sibling = siblingNames.putIfAbsent(j.parentCode() + "/" + j.name(), row);
			if (sibling != null) {
				throw malformed(fileName, row.line(), parent.jurisdiction().name() + " has two divisions named "
						+ j.name() + " (the other on line " + sibling.line() + ")");
			}
		}
		if (nation == null) {
			throw malformed(fileName, 1, "no NATIONAL row");
		}
	}

	private static IllegalArgumentException malformed(String fileName, int lineNo, String problem) {
		return new IllegalArgumentException(fileName + ":" + lineNo + ": " + problem);
	}

	private static String stripBom(String line) {
		return line.startsWith("\uFEFF") ? line.substring(1) : line;
	}

	/** Every division, in file order (each after its parent). */
	public List<Jurisdiction> all() {
		return all;
	}

	public Optional<Jurisdiction> byCode(String code) {
		return Optional.ofNullable(byCode.get(code));
	}

	public Jurisdiction nation() {
		return byCode.get(Jurisdiction.NATIONAL_CODE);
	}

	/** The divisions of exactly this name (several for 朝阳区). */
	public List<Jurisdiction> named(String name) {
		return byName.getOrDefault(name, List.of());
	}

	public List<Jurisdiction> children(String code) {
		return children.getOrDefault(code, List.of());
	}

	/** The division and the ones above it, nearest first. */
	public List<Jurisdiction> lineage(Jurisdiction j) {
		List<Jurisdiction> line = new ArrayList<>();
		for (Jurisdiction at = j; at != null; at = at.parentCode() == null ? null : byCode.get(at.parentCode())) {
			line.add(at);
		}
		return line;
	}

	/**
	 * What a name means (see {@link #preferred}); more than one result is an ambiguity
	 * the caller must report.
	 */
	public List<Jurisdiction> lookup(String name) {
		String key = name == null ? "" : name.strip();
		List<Jurisdiction> candidates = new ArrayList<>(byName.getOrDefault(key, List.of()));
		byCode(key).ifPresent(candidates::add);
		candidates.addAll(byShortName.getOrDefault(key, List.of()));
		return preferred(key, candidates);
	}

	/**
	 * The rule the API states for a name: a division's own name first, then a code, then
	 * a short name, where a short name shared across levels means the higher division (吉林
	 * is 吉林省, not 吉林市; the city is 吉林市). Shared by the in-memory table and the graph
	 * lookup, so ingest and API read a name alike.
	 * @param candidates every division whose name, code or short names include the key
	 */
	public static List<Jurisdiction> preferred(String key, List<Jurisdiction> candidates) {
		List<Jurisdiction> named = candidates.stream().filter(j -> j.name().equals(key)).distinct().toList();
		if (!named.isEmpty()) {
			return named;
		}
		List<Jurisdiction> coded = candidates.stream().filter(j -> j.code().equals(key)).distinct().toList();
		if (!coded.isEmpty()) {
			return coded;
		}
		List<Jurisdiction> shortNamed = candidates.stream()
			.filter(j -> j.shortNames().contains(key))
			.distinct()
			.toList();
		return shortNamed.stream()
			.map(Jurisdiction::level)
			.min(Comparator.naturalOrder())
			.map(top -> shortNamed.stream().filter(j -> j.level() == top).toList())
			.orElse(List.of());
	}

}
