package org.policygraph.graphql;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Suggests names close to one that was not found. Chinese names are compared by shared
 * characters and character pairs (财政局 is close to 省财政厅), Latin ones case-insensitively.
 */
public final class ClosestNames {

	private ClosestNames() {
	}

	/**
	 * @param candidates every name a user might have meant, mapped to the canonical name
	 * to suggest
	 */
	public static List<String> closest(String asked, Map<String, String> candidates, int max) {
		String q = asked.toLowerCase().strip();
		record Scored(String canonical, double score) {
		}
		return candidates.entrySet()
			.stream()
			.map(e -> new Scored(e.getValue(), similarity(q, e.getKey().toLowerCase())))
			.filter(s -> s.score() > 0.2)
			.sorted(Comparator.comparingDouble(Scored::score).reversed().thenComparing(Scored::canonical))
			.map(Scored::canonical)
			.distinct()
			.limit(max)
			.toList();
	}

	public static List<String> closest(String asked, Collection<String> names, int max) {
		return closest(asked, names.stream().collect(Collectors.toMap(n -> n, n -> n, (a, b) -> a)), max);
	}

	static double similarity(String a, String b) {
		if (a.isEmpty() || b.isEmpty()) {
			return 0;
		}
		if (b.contains(a) || a.contains(b)) {
			return 0.9 + 0.1 * Math.min(a.length(), b.length()) / Math.max(a.length(), b.length());
		}
		Set<String> x = grams(a);
		Set<String> y = grams(b);
		Set<String> both = new HashSet<>(x);
		both.retainAll(y);
		return 2.0 * both.size() / (x.size() + y.size());
	}

	private static Set<String> grams(String s) {
		Set<String> grams = new HashSet<>();
		s.codePoints().forEach(cp -> grams.add(Character.toString(cp)));
		int[] cps = s.codePoints().toArray();
		for (int i = 0; i + 1 < cps.length; i++) {
			grams.add(Character.toString(cps[i]) + Character.toString(cps[i + 1]));
		}
		return grams;
	}

}
