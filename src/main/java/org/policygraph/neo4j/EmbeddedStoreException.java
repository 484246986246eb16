package org.policygraph.neo4j;

import java.nio.file.Path;

/**
 * The embedded store can't be opened; the message says why in words an operator can act
 * on.
 */
public class EmbeddedStoreException extends RuntimeException {

	public EmbeddedStoreException(String message, Throwable cause) {
		super(message, cause);
	}

	static EmbeddedStoreException explain(Path home, RuntimeException failure) {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			String name = t.getClass().getSimpleName();
			String message = String.valueOf(t.getMessage());
			if (name.contains("FileLock") || message.contains("lock")) {
				return new EmbeddedStoreException("the Neo4j store " + home
						+ " is already in use by another process (is policy-graph already running?); "
						+ "stop it or set policygraph.embedded.store-path to another directory", failure);
			}
		}
		return new EmbeddedStoreException("cannot start embedded Neo4j on " + home + ": " + failure.getMessage(),
				failure);
	}

}
