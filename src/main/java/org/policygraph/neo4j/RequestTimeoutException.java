package org.policygraph.neo4j;

import java.time.Duration;

/**
 * A request used up its time: before a query could start (the query is not run), or while
 * one ran on what was left of it (the database stopped it).
 */
public class RequestTimeoutException extends RuntimeException {

	public RequestTimeoutException(Duration timeout) {
		super("the request took longer than "
				+ (timeout.toMillis() < 1000 ? timeout.toMillis() + " ms" : timeout.toSeconds() + " s")
				+ " and was stopped; ask for fewer items or a shallower graph");
	}

}
