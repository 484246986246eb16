/**
 * Reading gazettes into the graph: a pure parser (text to records, with provenance) and a writer (records to
 * graph, one transaction per issue), plus seeding at startup and the ingest and export commands.
 */
package org.policygraph.ingest;
