package org.policygraph.compile;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;

import org.neo4j.cypherdsl.core.Condition;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.PatternElement;
import org.neo4j.cypherdsl.core.SortItem;
import org.neo4j.cypherdsl.core.SymbolicName;

/**
 * How one GraphQL field reads from the graph, given the variables its object is bound to.
 * Each mirrors the resolver or batch loader of the same field, order and defaults
 * included, so that both paths give the same answer.
 */
sealed interface FieldRead {

	/** A scalar or a list of scalars computed from the object's variables. */
	record Value(Function<Scope, Expression> read) implements FieldRead {
	}

	/**
	 * An object of another type read from variables already bound (a service item's
	 * funding), null where {@code present} doesn't hold (a node without provenance).
	 */
	record Same(String type, Function<Scope, Scope> scope, Function<Scope, Condition> present) implements FieldRead {

		Same(String type, Function<Scope, Scope> scope) {
			this(type, scope, null);
		}

	}

	/** Objects of another type reached by a subquery, in the loader's order. */
	record Related(String type, boolean many, BiFunction<Scope, Names, Hop> hop) implements FieldRead {
	}

	/**
	 * A Relay connection over objects reached by a subquery, ordered by a sort key;
	 * {@code distinct} where the loader counts and lists each object once however many
	 * paths reach it (a task printed with the same unit twice); {@code total}, if not
	 * null, the same count as the subquery's read more cheaply (a degree).
	 */
	record Paged(String type, BiFunction<Scope, Names, Hop> hop, Function<Scope, Expression> sortKey, boolean distinct,
			Function<Scope, Expression> total) implements FieldRead {

		Paged(String type, BiFunction<Scope, Names, Hop> hop, Function<Scope, Expression> sortKey, boolean distinct) {
			this(type, hop, sortKey, distinct, null);
		}

		Paged(String type, BiFunction<Scope, Names, Hop> hop, Function<Scope, Expression> sortKey) {
			this(type, hop, sortKey, false);
		}

	}

	/**
	 * Objects a node holds itself as lists of the same length, one list per field (a
	 * property can't hold maps): as many as the shortest list has, as the record's mapper
	 * zips them; each object is bound to the node and its {@code index}.
	 */
	record Zipped(String type, List<String> lists) implements FieldRead {

		static final String INDEX = "index";

	}

	/**
	 * The variables an object is bound to: its node and, where the type needs them, its
	 * relationship or neighbours (an appointment's person and organisation).
	 */
	record Scope(SymbolicName node, Map<String, SymbolicName> others) {

		Scope(SymbolicName node) {
			this(node, Map.of());
		}

		SymbolicName other(String role) {
			return others.get(role);
		}

		List<SymbolicName> all() {
			return Stream.concat(Stream.of(node), others.values().stream()).toList();
		}

	}

	/**
	 * One step of a subquery: the patterns to match from the outer variables, an optional
	 * condition, the inner object's variables and the loader's order; with {@code first},
	 * each inner object once, at the least {@code first} of its matches (the loader's
	 * LinkedHashSet keeping the first occurrence).
	 */
	record Hop(List<PatternElement> patterns, Condition where, Scope inner, List<SortItem> order, Expression first) {

		Hop(List<PatternElement> patterns, Condition where, Scope inner, List<SortItem> order) {
			this(patterns, where, inner, order, null);
		}

	}

}
