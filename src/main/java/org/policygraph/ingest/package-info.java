/**
 * Reading gazettes into the graph, as a pipeline of stages with one package each:
 * {@code source} (a file or an upload becomes decoded text with a name), {@code text}
 * (the text model and its repair), {@code parse} (the layout and one reader per
 * structure), {@code record} (the records, pure data) and {@code write} (records to
 * graph, one transaction per issue). This package holds the entry points: the ingester,
 * the seeder, the command-line commands and the admin endpoint.
 */
package org.policygraph.ingest;
