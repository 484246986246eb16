package org.policygraph.ingest.record;

/**
 * Where a fact came from: the gazette file, the 1-based line range (inclusive) and the
 * exact source text of those lines as they stand in the file (before any text repair).
 */
public record SourceRef(String file, int fromLine, int toLine, String text) {

	public SourceRef {
		if (fromLine < 1 || toLine < fromLine) {
			throw new IllegalArgumentException("bad line range " + fromLine + "-" + toLine);
		}
	}
}
