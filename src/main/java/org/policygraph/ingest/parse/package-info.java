/**
 * The layout of an issue and one reader per structure (masthead, documents, personnel,
 * service list, indicators, phased targets, tasks, citations, responsibility phrases):
 * text in, records out, no database.
 */
package org.policygraph.ingest.parse;
