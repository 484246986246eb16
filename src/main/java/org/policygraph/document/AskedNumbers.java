package org.policygraph.document;

import org.policygraph.neo4j.LruCache;

/**
 * The document numbers clients ask for, normalised once each: a lookup by number sends
 * the same few again and again, and the conversion to simplified characters in
 * {@link DocumentNumbers#normalise} was 6–7% of a document lookup's request thread
 * (src/bench/PROFILE.md). A number that is refused is not kept, and asked again says why
 * again.
 */
public final class AskedNumbers {

	private static final LruCache<String, String> NORMALISED = new LruCache<>(1_000);

	private AskedNumbers() {
	}

	/** {@link DocumentNumbers#normalise}, remembered. */
	public static String normalise(String printed) {
		return NORMALISED.computeIfAbsent(printed, DocumentNumbers::normalise);
	}

}
