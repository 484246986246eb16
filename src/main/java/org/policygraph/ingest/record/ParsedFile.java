package org.policygraph.ingest.record;

/**
 * One ingested file as read: a gazette issue or a single official document (with or
 * without a disclosure page's metadata block). Exactly one of the two is set.
 */
public record ParsedFile(String fileName, Gazette gazette, SingleDocument document) {

	public ParsedFile {
		if ((gazette == null) == (document == null)) {
			throw new IllegalArgumentException("a file is either a gazette issue or a single document");
		}
	}

}
