package org.policygraph.ingest.write;

import org.neo4j.driver.TransactionContext;

/**
 * Marks the graph changed, in the transaction that changes it: HTTP caches validate their
 * copies against this version (org.policygraph.httpcache), so an answer cached before an
 * ingest is never confirmed after it.
 */
final class GraphVersionStamp {

	private GraphVersionStamp() {
	}

	static void bump(TransactionContext tx) {
		tx.run("""
				MERGE (v:SeedState {name: 'graph-version'})
				SET v.version = coalesce(v.version, 0) + 1, v.changedAt = datetime()
				""").consume();
	}

}
