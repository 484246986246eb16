package org.policygraph.ingest.write;

import org.neo4j.driver.TransactionContext;

/**
 * Writes one kind of fact of a batch of issues: builds its rows from the records and runs
 * its Cypher with them, one statement per shape of row so that a batch costs the same
 * number of round trips as one issue. The core runs the writers in a fixed order (see
 * {@link GazetteWriter}); a new kind of fact is a new writer added to that order.
 */
interface FactWriter {

	void write(TransactionContext tx, Batch batch);

}
