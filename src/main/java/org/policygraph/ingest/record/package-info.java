/**
 * What the parser extracts from an issue, as pure data with provenance: the records the
 * writer turns into nodes and relationships.
 */
package org.policygraph.ingest.record;
