package org.policygraph.department;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.policygraph.jurisdiction.Jurisdiction;
import org.policygraph.jurisdiction.JurisdictionLevel;
import org.policygraph.reference.ReferenceFiles;

/**
 * The standard government bodies of each level
 * ({@code graph-seed/organization-template.tsv}): a province's 财政厅 and 发展改革委, a
 * prefecture's 财政局, with their usual abbreviations (发改委, 人社厅, 住建厅). Instantiated for any
 * jurisdiction, so that 省财政厅 in a 河南省 document is 河南省财政厅 although nobody registered it.
 */
public final class OrganizationTemplate {

	public static final String FILE_NAME = "organization-template.tsv";

	static final String HEADER = "level\tname\tfull_name\tenglish_name\tkind\taliases";

	/** The printed prefix a template name starts with at each level. */
	private static final Map<JurisdictionLevel, String> GENERIC_PREFIX = Map.of(JurisdictionLevel.PROVINCE, "省",
			JurisdictionLevel.PREFECTURE, "市", JurisdictionLevel.COUNTY, "县");

	/**
	 * How a jurisdiction prints the prefix of its own bodies, by the end of its name
	 * (longest first): 广西壮族自治区 → 自治区财政厅, 延边朝鲜族自治州 → 州财政局, 梨树县 → 县财政局.
	 */
	private static final List<Map.Entry<String, String>> OWN_PREFIX = List.of(Map.entry("特别行政区", ""),
			Map.entry("自治区", "自治区"), Map.entry("自治州", "州"), Map.entry("自治县", "县"), Map.entry("自治旗", "旗"),
			Map.entry("地区", "地区"), Map.entry("林区", "区"), Map.entry("特区", "区"), Map.entry("省", "省"), Map.entry("市", "市"),
			Map.entry("盟", "盟"), Map.entry("县", "县"), Map.entry("区", "区"), Map.entry("旗", "旗"));

	record Row(JurisdictionLevel level, String name, String fullName, String englishName, DepartmentKind kind,
			List<String> aliases, int line) {
	}

	private final Map<JurisdictionLevel, List<Row>> rows;

	private OrganizationTemplate(Map<JurisdictionLevel, List<Row>> rows) {
		this.rows = rows;
	}

	/**
	 * @throws IllegalArgumentException naming the file and line when a row is malformed
	 * or a name clashes with another of its level
	 */
	public static OrganizationTemplate load(InputStream in, String fileName) {
		return ReferenceFiles.load(in, fileName, OrganizationTemplate::parse);
	}

	/** The built-in template, from the classpath or the project directory. */
	public static OrganizationTemplate loadDefault() {
		return ReferenceFiles.loadBuiltIn("graph-seed/" + FILE_NAME, OrganizationTemplate::parse);
	}

	static OrganizationTemplate parse(List<String> lines, String fileName) {
		int i = 0;
		while (i < lines.size() && lines.get(i).startsWith("#")) {
			i++;
		}
		if (i == lines.size() || !lines.get(i).replace("\uFEFF", "").equals(HEADER)) {
			throw malformed(fileName, i + 1, "expected the header \"" + HEADER.replace("\t", "\\t") + "\"");
		}
		Map<JurisdictionLevel, List<Row>> rows = new EnumMap<>(JurisdictionLevel.class);
		Map<String, Row> names = new HashMap<>();
		for (i++; i < lines.size(); i++) {
			String line = lines.get(i);
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			Row row = parseRow(line, fileName, i + 1);
			List<String> keys = new ArrayList<>(List.of(row.name(), row.fullName()));
			keys.addAll(row.aliases());
			for (String key : keys.stream().distinct().toList()) {
				Row previous = names.putIfAbsent(row.level() + "/" + key, row);
				if (previous != null) {
					throw malformed(fileName, row.line(), "\"" + key + "\" already names " + previous.name()
							+ " of level " + row.level() + " (line " + previous.line() + ")");
				}
			}
			rows.computeIfAbsent(row.level(), l -> new ArrayList<>()).add(row);
		}
		return new OrganizationTemplate(rows);
	}

	private static Row parseRow(String line, String fileName, int lineNo) {
		String[] cells = line.split("\t", -1);
		if (cells.length != 6) {
			throw malformed(fileName, lineNo,
					"expected 6 tab-separated columns (" + HEADER.replace('\t', ' ') + ") but found " + cells.length);
		}
		JurisdictionLevel level;
		try {
			level = JurisdictionLevel.valueOf(cells[0].strip());
		}
		catch (IllegalArgumentException ex) {
			throw malformed(fileName, lineNo, "unknown level \"" + cells[0].strip() + "\"");
		}
		DepartmentKind kind;
		try {
			kind = DepartmentKind.valueOf(cells[4].strip());
		}
		catch (IllegalArgumentException ex) {
			throw malformed(fileName, lineNo, "unknown kind \"" + cells[4].strip() + "\"");
		}
		String name = cells[1].strip();
		String fullName = cells[2].strip();
		String englishName = cells[3].strip();
		if (name.isEmpty() || fullName.isEmpty() || englishName.isEmpty()) {
			throw malformed(fileName, lineNo, "name, full_name and english_name must not be empty");
		}
		if (level != JurisdictionLevel.NATIONAL) {
			String prefix = GENERIC_PREFIX.get(level);
			if (!name.startsWith(prefix)) {
				throw malformed(fileName, lineNo, "a " + level + " name starts with " + prefix + ", found " + name);
			}
			if (!fullName.startsWith("{place}") || !englishName.contains("{Place}")) {
				throw malformed(fileName, lineNo, "full_name must start with {place} and english_name contain {Place}");
			}
		}
		List<String> aliases = cells[5].isBlank() ? List.of()
				: Arrays.stream(cells[5].split("\\|", -1)).map(String::strip).toList();
		if (aliases.contains("")) {
			throw malformed(fileName, lineNo, "empty alias");
		}
		return new Row(level, name, fullName, englishName, kind, aliases, lineNo);
	}

	private static IllegalArgumentException malformed(String fileName, int lineNo, String problem) {
		return new IllegalArgumentException(fileName + ":" + lineNo + ": " + problem);
	}

	/**
	 * The template's bodies of one jurisdiction, named as it prints them; none for the
	 * special administrative regions and Taiwan, whose governments are not organised so.
	 */
	public List<ScopedOrganization> instantiate(Jurisdiction j) {
		JurisdictionLevel level = j.level();
		String own = ownPrefix(j);
		if (own == null) {
			return List.of();
		}
		if (level == JurisdictionLevel.PROVINCE && j.name().endsWith("市")) {
			// the four municipalities are organised like prefectures: 北京市财政局
			level = JurisdictionLevel.PREFECTURE;
		}
		String generic = GENERIC_PREFIX.get(level);
		List<ScopedOrganization> bodies = new ArrayList<>();
		for (Row row : rows.getOrDefault(level, List.of())) {
			if (level == JurisdictionLevel.NATIONAL) {
				bodies.add(new ScopedOrganization(j.code(), row.name(), row.fullName(), row.englishName(),
						row.kind().name(), row.aliases(), true, List.of()));
				continue;
			}
			bodies.add(new ScopedOrganization(j.code(), localise(row.name(), generic, own),
					row.fullName().replace("{place}", j.name()), row.englishName().replace("{Place}", j.englishName()),
					row.kind().name(), row.aliases().stream().map(a -> localise(a, generic, own)).toList(), true,
					List.of()));
		}
		return bodies;
	}

	private static String localise(String name, String generic, String own) {
		return name.startsWith(generic) ? own + name.substring(generic.length()) : name;
	}

	/** 省 for 河南省, 自治区 for 广西壮族自治区, 州 for 延边朝鲜族自治州; null for 台湾省 and the SARs. */
	static String ownPrefix(Jurisdiction j) {
		if (j.level() == JurisdictionLevel.NATIONAL) {
			return "";
		}
		if (j.code().startsWith("71") || j.code().startsWith("81") || j.code().startsWith("82")) {
			return null;
		}
		return OWN_PREFIX.stream()
			.filter(e -> j.name().endsWith(e.getKey()))
			.map(Map.Entry::getValue)
			.findFirst()
			.orElse(null);
	}

}
