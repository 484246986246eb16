package org.policygraph.graphql;

import java.util.List;

/**
 * Nothing has the name asked for; {@code suggestions} are the closest names that exist.
 */
public class NotFoundException extends RuntimeException {

	private final List<String> suggestions;

	public NotFoundException(String what, String name, List<String> suggestions) {
		super("no " + what + " named \"" + name + "\""
				+ (suggestions.isEmpty() ? "" : " — did you mean " + String.join(", ", suggestions) + "?"));
		this.suggestions = List.copyOf(suggestions);
	}

	public List<String> suggestions() {
		return suggestions;
	}

}
