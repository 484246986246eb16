/**
 * Turns a gazette's text into records (documents, citations, service items, tasks, appointments) with their
 * provenance, without touching Neo4j: {@link org.policygraph.ingest.GazetteParser} is the entry point.
 */
package org.policygraph.ingest;
