package org.policygraph.planted;

import org.neo4j.driver.Driver;

/** Writes through the driver's one-call query API. */
public class WritesThroughExecutableQuery {

	void write(Driver driver) {
		driver.executableQuery("CREATE (:Probe)").execute();
	}

}
