package org.policygraph.ingest.parse.planted;

import org.neo4j.driver.Values;

/** A planted violation: a parser that builds driver values. See ArchitectureTests. */
public class ParserUsingNeo4j {

	Object value(String text) {
		return Values.value(text);
	}

}
