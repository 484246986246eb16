package org.policygraph.graphql;

/** The caller's argument can't be served as given; the message says how to fix it. */
public class BadRequestException extends RuntimeException {

	public BadRequestException(String message) {
		super(message);
	}
}
