/**
 * Classes that write to the graph outside ingest/write and neo4j/ on purpose, one way
 * each, so that ArchitectureTests can show the write rule rejects every one of them.
 * Imported only by those tests.
 */
package org.policygraph.planted;
