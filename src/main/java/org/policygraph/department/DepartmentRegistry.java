package org.policygraph.department;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.policygraph.reference.ReferenceFiles;

/**
 * The hand-reviewed list of units the gazette names ({@code graph-seed/departments.tsv}):
 * loading it and finding a unit by any of its names.
 */
public final class DepartmentRegistry implements UnitResolver {

	static final String DEFAULT_RESOURCE = "graph-seed/departments.tsv";

	static final String HEADER = "name\tfull_name\tenglish_name\tkind\taliases";

	private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u3000]+");

	private static final Pattern JURISDICTION = Pattern.compile("#\\s*jurisdiction:\\s*(\\d{6})");

	private final String jurisdictionCode;

	private final List<DepartmentEntry> entries;

	private final Map<String, DepartmentEntry> byChineseName;

	private final Map<String, DepartmentEntry> byEnglishName;

	private DepartmentRegistry(List<DepartmentEntry> entries, Map<String, DepartmentEntry> byChineseName,
			Map<String, DepartmentEntry> byEnglishName, String jurisdictionCode) {
		this.jurisdictionCode = jurisdictionCode;
		this.entries = List.copyOf(entries);
		this.byChineseName = Map.copyOf(byChineseName);
		this.byEnglishName = Map.copyOf(byEnglishName);
	}

	/**
	 * Reads a registry file.
	 * @throws IllegalArgumentException naming the file and line when the file is
	 * malformed
	 */
	public static DepartmentRegistry load(InputStream in, String fileName) {
		return ReferenceFiles.load(in, fileName, DepartmentRegistry::parse);
	}

	/**
	 * Reads {@code graph-seed/departments.tsv} from the classpath, or, when the classpath
	 * has no copy (tests run from the project directory before the build copies it), from
	 * the project directory.
	 */
	public static DepartmentRegistry loadDefault() {
		return ReferenceFiles.loadBuiltIn(DEFAULT_RESOURCE, DepartmentRegistry::parse);
	}

	private static DepartmentRegistry parse(List<String> lines, String fileName) {
		// Comment lines may precede the header; "# jurisdiction: 220000" says whose
		// registry it is.
		int header = 0;
		String jurisdictionCode = null;
		while (header < lines.size() && stripBom(lines.get(header)).startsWith("#")) {
			java.util.regex.Matcher directive = JURISDICTION.matcher(stripBom(lines.get(header)));
			if (directive.lookingAt()) {
				jurisdictionCode = directive.group(1);
			}
			header++;
		}
		if (header == lines.size() || !stripBom(lines.get(header)).equals(HEADER)) {
			throw malformed(fileName, header + 1, "expected the header \"" + HEADER.replace("\t", "\\t") + "\"");
		}
		List<DepartmentEntry> entries = new ArrayList<>();
		Map<String, DepartmentEntry> byChineseName = new HashMap<>();
		Map<String, DepartmentEntry> byEnglishName = new HashMap<>();
		// Identity, so that two identical lines still count as two entries and are
		// reported as duplicates.
		Map<DepartmentEntry, Integer> lineOf = new IdentityHashMap<>();
		for (int i = header + 1; i < lines.size(); i++) {
			int lineNo = i + 1;
			String line = lines.get(i);
			if (line.isBlank()) {
				continue;
			}
			DepartmentEntry entry = parseEntry(line, fileName, lineNo);
			lineOf.put(entry, lineNo);
			List<String> chineseKeys = new ArrayList<>();
			chineseKeys.add(entry.name());
			chineseKeys.add(entry.fullName());
			chineseKeys.addAll(entry.aliases());
			for (String key : chineseKeys) {
				register(byChineseName, key, entry, lineOf, fileName, lineNo);
			}
			register(byEnglishName, englishKey(entry.englishName()), entry, lineOf, fileName, lineNo);
			entries.add(entry);
		}
		return new DepartmentRegistry(entries, byChineseName, byEnglishName, jurisdictionCode);
	}

	private static DepartmentEntry parseEntry(String line, String fileName, int lineNo) {
		String[] cells = line.split("\t", -1);
		if (cells.length != 5) {
			throw malformed(fileName, lineNo,
					"expected 5 tab-separated columns (" + HEADER.replace('\t', ' ') + ") but found " + cells.length);
		}
		String name = required(cells[0], "name", fileName, lineNo);
		String fullName = required(cells[1], "full_name", fileName, lineNo);
		String englishName = required(cells[2], "english_name", fileName, lineNo);
		String kindName = required(cells[3], "kind", fileName, lineNo);
		DepartmentKind kind;
		try {
			kind = DepartmentKind.valueOf(kindName);
		}
		catch (IllegalArgumentException ex) {
			throw malformed(fileName, lineNo,
					"unknown kind \"" + kindName + "\", expected one of " + List.of(DepartmentKind.values()));
		}
		List<String> aliases = new ArrayList<>();
		if (!cells[4].isBlank()) {
			for (String alias : cells[4].split("\\|", -1)) {
				aliases.add(required(alias, "alias", fileName, lineNo));
			}
		}
		return new DepartmentEntry(name, fullName, englishName, kind, aliases);
	}

	private static void register(Map<String, DepartmentEntry> index, String key, DepartmentEntry entry,
			Map<DepartmentEntry, Integer> lineOf, String fileName, int lineNo) {
		DepartmentEntry previous = index.putIfAbsent(key, entry);
		if (previous != null && previous != entry) {
			throw malformed(fileName, lineNo,
					"\"" + key + "\" already names " + previous.name() + " (line " + lineOf.get(previous) + ")");
		}
	}

	private static String required(String cell, String column, String fileName, int lineNo) {
		String value = cell.strip();
		if (value.isEmpty()) {
			throw malformed(fileName, lineNo, "empty " + column);
		}
		return value;
	}

	private static IllegalArgumentException malformed(String fileName, int lineNo, String problem) {
		return new IllegalArgumentException(fileName + ":" + lineNo + ": " + problem);
	}

	private static String stripBom(String line) {
		return line.startsWith("\uFEFF") ? line.substring(1) : line;
	}

	private static String englishKey(String englishName) {
		return WHITESPACE.matcher(englishName.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
	}

	private static String compact(String text) {
		return WHITESPACE.matcher(text).replaceAll("");
	}

	/**
	 * The GB/T 2260 code of the jurisdiction whose units these are, from the file's
	 * {@code # jurisdiction:} line; empty when the file does not say.
	 */
	public Optional<String> jurisdictionCode() {
		return Optional.ofNullable(jurisdictionCode);
	}

	/** All registered units in file order. */
	public List<DepartmentEntry> entries() {
		return entries;
	}

	/**
	 * Looks a unit up by canonical name, full name, alias or (ignoring case) English
	 * name.
	 */
	public Optional<DepartmentEntry> find(String nameOrAlias) {
		if (nameOrAlias == null || nameOrAlias.isBlank()) {
			return Optional.empty();
		}
		DepartmentEntry entry = byChineseName.get(compact(nameOrAlias));
		if (entry == null) {
			entry = byEnglishName.get(englishKey(nameOrAlias));
		}
		return Optional.ofNullable(entry);
	}

	@Override
	public String resolve(String mention) {
		return find(mention).map(DepartmentEntry::name).orElseThrow(() -> new UnknownDepartmentException(mention));
	}

}
