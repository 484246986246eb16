package org.policygraph.graphql;

/**
 * A validated page request: {@code first} within the cap, {@code after} decoded to a sort
 * key.
 *
 * @param after the sort key to start after, null for the first page
 */
public record Page(int limit, String after) {

	public static final int DEFAULT_SIZE = 20;

	public static final int MAX_SIZE = 100;

	public static Page of(Integer first, String after) {
		int limit = first == null ? DEFAULT_SIZE : first;
		if (limit < 0 || limit > MAX_SIZE) {
			throw new BadRequestException("\"first\" must be between 0 and " + MAX_SIZE + ", got " + limit);
		}
		return new Page(limit, Cursors.decode(after));
	}

	/** Rows to fetch: one more than the page, to know whether another page follows. */
	public int fetch() {
		return limit + 1;
	}
}
