package org.policygraph.ingest.parse;

import java.util.Set;

import org.policygraph.ingest.record.DocumentRecord;

/**
 * A document printed in the issue together with where it lies in the file.
 *
 * @param from first line of the document (its title)
 * @param to last line before the next document
 * @param bodyFrom first line of its running text (after the addressees)
 * @param bodyTo last line of its running text (before the signature)
 * @param ownTitles whitespace-free titles by which the document refers to itself or to
 * its parts: its title, the plan a notice issues, its annexes
 */
record DocumentBlock(DocumentRecord record, int from, int to, int bodyFrom, int bodyTo, Set<String> ownTitles) {

	DocumentBlock {
		ownTitles = Set.copyOf(ownTitles);
	}

	String key() {
		return record.key();
	}

	static String titleKey(String title) {
		return WHITESPACE.matcher(title).replaceAll("");
	}

	private static final java.util.regex.Pattern ISSUES_PLAN = java.util.regex.Pattern.compile(".*关于印发(.+)的通知");

	private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

	/**
	 * A notice that issues a plan refers to the plan, and to its annexes, as to itself;
	 * other documents cite it by any of these.
	 */
	static Set<String> ownTitles(String title, java.util.List<String> annexTitles) {
		Set<String> own = new java.util.HashSet<>();
		own.add(titleKey(title));
		java.util.regex.Matcher plan = ISSUES_PLAN.matcher(titleKey(title));
		if (plan.matches()) {
			own.add(plan.group(1));
		}
		annexTitles.forEach(annex -> own.add(titleKey(annex)));
		return own;
	}
}
