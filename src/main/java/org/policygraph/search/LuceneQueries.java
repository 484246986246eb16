package org.policygraph.search;

/**
 * Makes user text safe for Lucene's query parser: every character with a meaning in
 * Lucene syntax is escaped and the operators AND/OR/NOT lose their force, so the text is
 * searched as plain words.
 */
final class LuceneQueries {

	private static final String SPECIAL = "+-&|!(){}[]^\"~*?:\\/";

	private LuceneQueries() {
	}

	static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length() + 8);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (SPECIAL.indexOf(c) >= 0) {
				out.append('\\');
			}
			out.append(Character.isISOControl(c) ? ' ' : c);
		}
		// Lucene's operators (AND, OR, NOT, TO) are upper-case only; the cjk analyzer
		// lower-cases what it
		// indexes, so lower-casing the query keeps every word and removes every operator.
		return out.toString().toLowerCase(java.util.Locale.ROOT);
	}

}
