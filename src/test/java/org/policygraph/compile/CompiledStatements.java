package org.policygraph.compile;

import org.springframework.context.ApplicationContext;

/**
 * The statement the compiler made for a document's root field, for tests outside this
 * package (the benchmark's cost harness runs it beside raw Cypher).
 */
public final class CompiledStatements {

	private CompiledStatements() {
	}

	/**
	 * @return null before the document is asked or when its resolvers answer it
	 * @see CompiledQueries#compiled
	 */
	public static String of(ApplicationContext context, String document, String operation, String field,
			Object variant) {
		return context.getBean(CompiledQueries.class).compiled(document, operation, field, variant);
	}

}
