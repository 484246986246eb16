package org.policygraph.bench;

/**
 * Something that answers catalog questions: our API, the peer, or raw Cypher through the
 * driver.
 */
interface Target {

	String name();

	/** True when this target can put the question at all. */
	boolean asks(Catalog.Question question);

	/**
	 * The question prepared once (request body, query text), ready to be asked many
	 * times.
	 */
	Call prepare(Catalog.Question question);

	/** One request. */
	@FunctionalInterface
	interface Call {

		/**
		 * @return the Cypher queries the request cost
		 * @throws Exception when the answer is missing or an error, so the load run
		 * counts it as failed
		 */
		int ask() throws Exception;

	}

}
