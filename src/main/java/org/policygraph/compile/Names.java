package org.policygraph.compile;

import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.SymbolicName;

/**
 * Fresh variable and parameter names for one statement: a subquery sees the variables
 * around it, so a nested department must not reuse the outer one's name.
 */
final class Names {

	private int variables;

	private int parameters;

	SymbolicName variable() {
		return Cypher.name("v" + variables++);
	}

	String parameter() {
		return "p" + parameters++;
	}

}
