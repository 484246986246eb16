package org.policygraph.ingest.source;

/**
 * The gazette text does not have the shape the parser expects. The message names the
 * file, the line and what was expected, so whoever prepared the file can fix it.
 */
public class GazetteFormatException extends RuntimeException {

	private final String file;

	private final int line;

	public GazetteFormatException(String file, int line, String problem) {
		super(file + ":" + line + ": " + problem);
		this.file = file;
		this.line = line;
	}

	public GazetteFormatException(String file, int line, String problem, Throwable cause) {
		super(file + ":" + line + ": " + problem, cause);
		this.file = file;
		this.line = line;
	}

	public String file() {
		return file;
	}

	public int line() {
		return line;
	}

}
