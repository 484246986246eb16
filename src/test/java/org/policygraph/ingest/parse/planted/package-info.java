/**
 * Classes that break the purity rule of the parsing stages on purpose, so that
 * ArchitectureTests can show the rule rejects them. Imported only by those tests.
 */
package org.policygraph.ingest.parse.planted;
