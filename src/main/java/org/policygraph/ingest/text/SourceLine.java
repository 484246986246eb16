package org.policygraph.ingest.text;

/** One line of the gazette as it stands in the file, with its 1-based number. */
public record SourceLine(int number, String text) {

	public boolean isBlank() {
		return text.isBlank();
	}

	/** The line without surrounding whitespace; table lines keep their inner tabs. */
	public String trimmed() {
		return text.strip();
	}
}
