package org.policygraph.graphql;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.schema.DataFetchingEnvironment;

/**
 * What a resolver's field selects directly, read from the request's syntax tree: for a
 * resolver that reads its children's data ahead in its own query.
 * {@code env.getSelectionSet()} answers the same by building graphql-java's normalized
 * operation of the whole request, a tenth of a point lookup's request thread
 * (src/bench/PROFILE.md). {@code @skip} and {@code @include} are not evaluated: a field
 * they leave out counts as selected, so a resolver reads a little more ahead than it
 * needs, never less.
 */
public final class Lookahead {

	private Lookahead() {
	}

	/** The names of the fields selected under this one, through fragments too. */
	public static Set<String> fieldNames(DataFetchingEnvironment env) {
		Set<String> names = new HashSet<>();
		Set<String> fragmentsSeen = new HashSet<>();
		for (Field field : env.getMergedField().getFields()) {
			collect(field.getSelectionSet(), env.getFragmentsByName(), names, fragmentsSeen);
		}
		return names;
	}

	private static void collect(SelectionSet set, Map<String, FragmentDefinition> fragments, Set<String> names,
			Set<String> fragmentsSeen) {
		if (set == null) {
			return;
		}
		for (Selection<?> selection : set.getSelections()) {
			switch (selection) {
				case Field field -> names.add(field.getName());
				case InlineFragment inline -> collect(inline.getSelectionSet(), fragments, names, fragmentsSeen);
				case FragmentSpread spread -> {
					FragmentDefinition definition = fragments.get(spread.getName());
					if (definition != null && fragmentsSeen.add(spread.getName())) {
						collect(definition.getSelectionSet(), fragments, names, fragmentsSeen);
					}
				}
				default -> {
				}
			}
		}
	}

}
