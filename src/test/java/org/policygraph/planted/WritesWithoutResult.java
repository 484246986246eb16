package org.policygraph.planted;

import org.neo4j.driver.Driver;

/** Writes in a managed transaction that returns nothing. */
public class WritesWithoutResult {

	void write(Driver driver) {
		try (var session = driver.session()) {
			session.executeWriteWithoutResult(tx -> tx.run("CREATE (:Probe)").consume());
		}
	}

}
