/**
 * Reading gazettes into the graph: a pure parser (text to records with provenance, no
 * database), a writer (records to graph, one transaction per issue), seeding at startup
 * and the ingest and export commands.
 */
package org.policygraph.ingest;
