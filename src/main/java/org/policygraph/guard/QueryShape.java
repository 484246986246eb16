package org.policygraph.guard;

import java.util.HashMap;
import java.util.Map;

import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;

/**
 * The size of a parsed request: its deepest field nesting and how many fields it selects, with fragments
 * expanded and every alias counted (a thousand aliases of one field are a thousand fields of work).
 */
record QueryShape(int depth, int fields) {

	static QueryShape of(Document document, int stopAfterFields) {
		Map<String, FragmentDefinition> fragments = new HashMap<>();
		document.getDefinitionsOfType(FragmentDefinition.class).forEach(f -> fragments.put(f.getName(), f));
		Counter counter = new Counter(fragments, stopAfterFields);
		for (OperationDefinition operation : document.getDefinitionsOfType(OperationDefinition.class)) {
			counter.walk(operation.getSelectionSet(), 1, 0, false);
		}
		return new QueryShape(counter.maxDepth, counter.fields);
	}

	private static final class Counter {

		private final Map<String, FragmentDefinition> fragments;

		private final int stopAfter;

		int maxDepth;

		int fields;

		Counter(Map<String, FragmentDefinition> fragments, int stopAfter) {
			this.fragments = fragments;
			this.stopAfter = stopAfter;
		}

		void walk(SelectionSet set, int depth, int fragmentDepth, boolean introspection) {
			// Fragment cycles are invalid GraphQL, but this runs before validation: cap expansion instead.
			if (set == null || fields > stopAfter || fragmentDepth > 20) {
				return;
			}
			for (Selection<?> selection : set.getSelections()) {
				if (selection instanceof Field field) {
					fields++;
					// Introspection reads the schema, not the graph: GraphiQL's standard query nests 13 deep through
					// ofType, and graphql-java's good-faith introspection check already caps its depth at 20 and
					// forbids repeating fields/interfaces/possibleTypes. Its fields still count toward maxFields.
					boolean schema = introspection || field.getName().equals("__schema")
							|| field.getName().equals("__type");
					if (!schema) {
						maxDepth = Math.max(maxDepth, depth);
					}
					walk(field.getSelectionSet(), depth + 1, fragmentDepth, schema);
				}
				else if (selection instanceof InlineFragment inline) {
					walk(inline.getSelectionSet(), depth, fragmentDepth, introspection);
				}
				else if (selection instanceof FragmentSpread spread) {
					FragmentDefinition fragment = fragments.get(spread.getName());
					if (fragment != null) {
						walk(fragment.getSelectionSet(), depth, fragmentDepth + 1, introspection);
					}
				}
			}
		}
	}
}
