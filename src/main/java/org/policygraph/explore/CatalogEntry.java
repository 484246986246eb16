package org.policygraph.explore;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One example of the queries/ catalog as the pages offer it.
 *
 * @param file the file name, e.g. 01-item-leads.graphql
 * @param operation the operation's name (GraphiQL titles its tab with it)
 * @param question the file's first comment line, the question the query answers
 * @param query the whole file, comment included, so the question travels with the query
 */
record CatalogEntry(String file, String operation, String question, String query) {

	private static final Pattern OPERATION = Pattern.compile("\\b(?:query|mutation|subscription)\\s+(\\w+)");

	static CatalogEntry of(String file, String text) {
		String firstLine = text.lines().findFirst().orElse("").strip();
		String question = firstLine.startsWith("#") ? firstLine.substring(1).strip() : "";
		Matcher operation = OPERATION.matcher(text);
		return new CatalogEntry(file, operation.find() ? operation.group(1) : file, question, text);
	}
}
