package org.policygraph.graphql;

import java.util.function.Supplier;

/** The caller's argument can't be served as given; the message says how to fix it. */
public class BadRequestException extends RuntimeException {

	public BadRequestException(String message) {
		super(message);
	}

	/**
	 * Parses caller input with a parser that says what is wrong by
	 * IllegalArgumentException.
	 */
	public static <T> T parsing(Supplier<T> parse) {
		try {
			return parse.get();
		}
		catch (IllegalArgumentException ex) {
			throw new BadRequestException(ex.getMessage());
		}
	}

}
