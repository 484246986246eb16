package org.policygraph.ingest.record;

/**
 * Where a fact came from: the file, the 1-based line range (inclusive) and the exact
 * source text of those lines as they stand in the file (before any text repair or
 * conversion), and for a PDF the page its first line is printed on.
 */
public record SourceRef(String file, int fromLine, int toLine, String text, Integer page) {

	public SourceRef {
		if (fromLine < 1 || toLine < fromLine) {
			throw new IllegalArgumentException("bad line range " + fromLine + "-" + toLine);
		}
	}

	public SourceRef(String file, int fromLine, int toLine, String text) {
		this(file, fromLine, toLine, text, null);
	}
}
