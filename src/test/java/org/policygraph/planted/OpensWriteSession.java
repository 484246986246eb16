package org.policygraph.planted;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;

/** Opens a session in write mode and runs an auto-commit query in it. */
public class OpensWriteSession {

	void write(Driver driver) {
		try (var session = driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.WRITE).build())) {
			session.run("CREATE (:Probe)").consume();
		}
	}

}
