package org.policygraph.graphql;

import java.util.List;
import java.util.function.Function;

/**
 * A Relay connection page; one Java shape behind ServiceItemConnection,
 * DepartmentConnection, ...
 */
public record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo, int totalCount) {

	public record Edge<T>(String cursor, T node) {
	}

	public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
	}

	/**
	 * Builds a page from up to {@code limit + 1} rows fetched after a cursor; the extra
	 * row only says that a next page exists.
	 */
	public static <T> Connection<T> of(List<T> rows, Page page, int totalCount, Function<T, String> sortKey) {
		boolean hasNext = rows.size() > page.limit();
		List<Edge<T>> edges = rows.stream()
			.limit(page.limit())
			.map(row -> new Edge<>(Cursors.encode(sortKey.apply(row)), row))
			.toList();
		return new Connection<>(edges, new PageInfo(hasNext, page.after() != null,
				edges.isEmpty() ? null : edges.getFirst().cursor(), edges.isEmpty() ? null : edges.getLast().cursor()),
				totalCount);
	}
}
