package org.policygraph.compile;

import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.Statement;
import org.neo4j.cypherdsl.core.SymbolicName;

/**
 * A root field the compiler answers: the statement around the selection's projection, the
 * parameters from the field's arguments, and the answer from the rows. Whatever the
 * resolver would answer differently (an error with suggestions, an ambiguous name, an
 * argument that needs another lookup) is {@link Fallback}: the resolver answers it.
 */
interface Root {

	/** The GraphQL type of the objects the statement projects. */
	String type();

	/** Whether the field is a connection, its objects under {@code edges { node }}. */
	boolean paged();

	/**
	 * @param node the variable the projection reads
	 * @param projection the selection's map projection over {@code node}
	 */
	Statement statement(SymbolicName node, Expression projection);

	/**
	 * The statement for a variant of the arguments (a different shape of filter), part of
	 * the cache key; the same for every request by default.
	 */
	default Statement statement(SymbolicName node, Expression projection, Object variant) {
		return statement(node, projection);
	}

	/**
	 * The arguments that choose the statement, part of the cache key; none by default.
	 * @throws Fallback for arguments the resolver refuses
	 */
	default Object variant(DataFetchingEnvironment env) {
		return null;
	}

	Map<String, Object> parameters(DataFetchingEnvironment env);

	/**
	 * @param rows the statement's rows, as maps
	 * @param shape reads one projected object
	 */
	Object answer(List<Map<String, Object>> rows, Shape.Row shape, Map<String, Object> parameters,
			Map<String, org.policygraph.graphql.Page> pages);

	/**
	 * A root field whose answer is built from whole nodes and paths whatever the
	 * selection (a graph view): one statement for each variant of the arguments Cypher
	 * can't take as parameters (a depth, a path length, the label an id names).
	 */
	interface Whole extends Root {

		@Override
		Object variant(DataFetchingEnvironment env);

		String cypher(Object variant);

		@Override
		default String type() {
			throw new UnsupportedOperationException("a whole answer projects no type");
		}

		@Override
		default boolean paged() {
			return false;
		}

		@Override
		default Statement statement(SymbolicName node, Expression projection) {
			throw new UnsupportedOperationException("a whole answer has no projection");
		}

	}

	/** The resolver answers this request. */
	final class Fallback extends RuntimeException {

		Fallback(String why) {
			super(why, null, false, false);
		}

	}

}
