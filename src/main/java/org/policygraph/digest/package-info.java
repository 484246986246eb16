/**
 * Content hashes shared by ingest (files, the seed) and the schema migrations.
 */
package org.policygraph.digest;
