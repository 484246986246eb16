package org.policygraph.ingest;

/** One line of the gazette as it stands in the file, with its 1-based number. */
record SourceLine(int number, String text) {

	boolean isBlank() {
		return text.isBlank();
	}

	/** The line without surrounding whitespace; table lines keep their inner tabs. */
	String trimmed() {
		return text.strip();
	}
}
