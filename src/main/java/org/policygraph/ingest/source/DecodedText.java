package org.policygraph.ingest.source;

import java.util.List;

/**
 * A file's text as decoded, before anything repairs or converts it: its lines, and for a
 * PDF the page of each line.
 *
 * @param pages the 1-based page of each line, or null when the file has no pages
 */
public record DecodedText(String fileName, String sha256, List<String> lines, int[] pages, Format format) {

	/** The kinds of file users have. */
	public enum Format {

		TEXT, HTML, PDF

	}

	public DecodedText {
		lines = List.copyOf(lines);
		if (pages != null && pages.length != lines.size()) {
			throw new IllegalArgumentException("one page per line");
		}
	}

}
