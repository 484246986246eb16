/**
 * The first stage: what a user has (a file, an upload) becomes decoded text with a name,
 * or a {@link org.policygraph.ingest.source.GazetteFormatException} naming the file and
 * line that could not be read.
 */
package org.policygraph.ingest.source;
