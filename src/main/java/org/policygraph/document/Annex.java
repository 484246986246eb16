package org.policygraph.document;

/** An annex of a document. */
public record Annex(int no, String title, Source source) {
}
