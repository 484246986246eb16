/**
 * Records to graph: a small core that owns the transaction, its retries and the order of
 * writes, and one writer per kind of fact with its rows and its Cypher.
 */
package org.policygraph.ingest.write;
