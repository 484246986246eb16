package org.policygraph.succession;

import java.util.Optional;

/**
 * What one row of the reference file states about a body: a succession, a date of its
 * lifetime, or what is known of its fate.
 */
public enum ReformEvent {

	RENAMED(SuccessionKind.RENAMED), MERGED_INTO(SuccessionKind.MERGED_INTO), SPLIT_INTO(SuccessionKind.SPLIT_INTO),
	FUNCTIONS_TRANSFERRED(SuccessionKind.FUNCTIONS_TRANSFERRED),

	/** The body was set up (挂牌) on the row's date. */
	FOUNDED(null),

	/** The body ended without a successor named in the file. */
	DISSOLVED(null),

	/** A source shows the body working under the same name after the reform. */
	CONTINUES(null),

	/**
	 * No source was found for what the reform did to the body: it stays without
	 * successor.
	 */
	UNSOURCED(null);

	private final SuccessionKind kind;

	ReformEvent(SuccessionKind kind) {
		this.kind = kind;
	}

	/** The succession this row states, when it states one. */
	public Optional<SuccessionKind> succession() {
		return Optional.ofNullable(kind);
	}

}
