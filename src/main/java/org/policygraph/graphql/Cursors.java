package org.policygraph.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Opaque cursors over a sort key (keyset pagination: a page costs the same at item 80,000
 * as at item 1). The prefix lets a decoder reject cursors that were not made here.
 */
public final class Cursors {

	private static final String PREFIX = "k1:";

	private Cursors() {
	}

	public static String encode(String sortKey) {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString((PREFIX + sortKey).getBytes(StandardCharsets.UTF_8));
	}

	public static String decode(String cursor) {
		if (cursor == null) {
			return null;
		}
		try {
			String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
			if (raw.startsWith(PREFIX)) {
				return raw.substring(PREFIX.length());
			}
		}
		catch (IllegalArgumentException ex) {
			// reported below, with the same message as any other foreign cursor
		}
		throw new BadRequestException("\"after\" is not a cursor returned by this API: " + cursor);
	}

}
