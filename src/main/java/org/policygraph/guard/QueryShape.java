package org.policygraph.guard;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;

/**
 * The size of a parsed request: its deepest field nesting and how many selections it
 * makes, with fragments expanded and every alias counted (a thousand aliases of one field
 * are a thousand fields of work).
 *
 * @param selections fields, fragment spreads and inline fragments after expansion;
 * spreads count too, so a "fragment bomb" of spreads that select nothing but each other
 * is as expensive as it looks
 * @param fragmentCycle the name of a fragment that spreads itself, directly or through
 * others; null if none
 * @param introspection whether the request asks for {@code __schema} or {@code __type}
 */
record QueryShape(int depth, int selections, String fragmentCycle, boolean introspection) {

	/**
	 * Walks the request, stopping early once {@code stopAfter} selections have been seen.
	 */
	static QueryShape of(Document document, int stopAfter) {
		Map<String, FragmentDefinition> fragments = new HashMap<>();
		document.getDefinitionsOfType(FragmentDefinition.class).forEach(f -> fragments.put(f.getName(), f));
		Counter counter = new Counter(fragments, stopAfter);
		for (OperationDefinition operation : document.getDefinitionsOfType(OperationDefinition.class)) {
			counter.walk(operation.getSelectionSet(), 1, false);
		}
		return new QueryShape(counter.maxDepth, counter.selections, counter.cycle, counter.introspection);
	}

	private static final class Counter {

		private final Map<String, FragmentDefinition> fragments;

		private final int stopAfter;

		/**
		 * The fragments being expanded right now: meeting one of them again is a cycle.
		 */
		private final Set<String> expanding = new HashSet<>();

		int maxDepth;

		int selections;

		String cycle;

		boolean introspection;

		Counter(Map<String, FragmentDefinition> fragments, int stopAfter) {
			this.fragments = fragments;
			this.stopAfter = stopAfter;
		}

		void walk(SelectionSet set, int depth, boolean inSchema) {
			if (set == null) {
				return;
			}
			for (Selection<?> selection : set.getSelections()) {
				// This runs before validation, on hostile input: stop as soon as the
				// answer is known.
				if (selections > stopAfter || cycle != null) {
					return;
				}
				selections++;
				if (selection instanceof Field field) {
					boolean schema = inSchema || field.getName().equals("__schema") || field.getName().equals("__type");
					introspection |= schema;
					// Introspection reads the schema, not the graph: GraphiQL's standard
					// query nests 13 deep through
					// ofType, and graphql-java's good-faith introspection check already
					// caps its depth and forbids
					// repeated fields. Its selections still count toward the selection
					// limit.
					if (!schema) {
						maxDepth = Math.max(maxDepth, depth);
					}
					walk(field.getSelectionSet(), depth + 1, schema);
				}
				else if (selection instanceof InlineFragment inline) {
					walk(inline.getSelectionSet(), depth, inSchema);
				}
				else if (selection instanceof FragmentSpread spread) {
					FragmentDefinition fragment = fragments.get(spread.getName());
					if (fragment == null) {
						continue;
					}
					if (!expanding.add(fragment.getName())) {
						cycle = fragment.getName();
						return;
					}
					walk(fragment.getSelectionSet(), depth, inSchema);
					expanding.remove(fragment.getName());
				}
			}
		}

	}
}
