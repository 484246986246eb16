package org.policygraph.planted;

import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionConfig;

/**
 * Writes in a managed transaction with a configuration (the overload the writer uses).
 */
public class WritesWithConfig {

	void write(Driver driver) {
		try (var session = driver.session()) {
			session.executeWrite(tx -> tx.run("CREATE (:Probe)").consume(), TransactionConfig.empty());
		}
	}

}
