package org.policygraph.succession;

/** How a body's functions passed to another body. */
public enum SuccessionKind {

	/** The same body under a new name; the old name ends. */
	RENAMED,

	/** The body was merged with others into the new one and ends (不再保留). */
	MERGED_INTO,

	/** The body was divided between several new ones and ends. */
	SPLIT_INTO,

	/** Some of the body's functions went to another body; the body itself goes on. */
	FUNCTIONS_TRANSFERRED;

	/** True when the body stops existing on the succession's date. */
	public boolean endsTheBody() {
		return this != FUNCTIONS_TRANSFERRED;
	}

}
