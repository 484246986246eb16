package org.policygraph.search;

import org.policygraph.document.Source;

/**
 * A search result: the node, its relevance, a snippet around the match and where it came
 * from.
 */
public record SearchHit(double score, Object node, String snippet, Source source) {
}
