package org.policygraph.department;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The keys by which {@code department(name:)} finds a department in one index seek: a
 * {@code (:DepartmentName {departmentId, key})} node per key, written beside the
 * department (ingest's RegistryWriter, the bulk CSV, migration V0012). Aliases are
 * elements of a list and the English name is compared in lower case, so neither is
 * reachable by an index on the department itself: both ours and raw Cypher scanned every
 * department of a national store (1,173 at 10,001 issues) for each lookup.
 * <p>
 * The keys are a superset of what the lookup matches, never the match itself: the lookup
 * seeks {@code [$name, toLower($name)]} and then applies the predicate it always had to
 * the few departments found, so the answers are the ones the scan gave. The keys hold no
 * relationship, so no traversal of the graph (maps, exports, paths) meets them.
 */
public final class DepartmentNames {

	/** The label of the key nodes. */
	public static final String LABEL = "DepartmentName";

	private DepartmentNames() {
	}

	/**
	 * Name, full name and aliases as they are, the English name in lower case (Cypher's
	 * toLower is Java's {@code toLowerCase(Locale.ROOT)}); blanks left out, as no lookup
	 * is blank.
	 */
	public static List<String> keys(String name, String fullName, String englishName, List<String> aliases) {
		Set<String> keys = new LinkedHashSet<>();
		add(keys, name);
		add(keys, fullName);
		if (aliases != null) {
			aliases.forEach(alias -> add(keys, alias));
		}
		add(keys, englishName == null ? null : englishName.toLowerCase(Locale.ROOT));
		return List.copyOf(keys);
	}

	private static void add(Set<String> keys, String key) {
		if (key != null && !key.isBlank()) {
			keys.add(key);
		}
	}

}
