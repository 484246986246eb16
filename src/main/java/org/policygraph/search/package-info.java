/** Chinese full-text search over the graph, with relevance, snippets and provenance. */
package org.policygraph.search;
