package org.policygraph.compile;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.policygraph.graphql.Connection;
import org.policygraph.graphql.Page;

/**
 * What a compiled statement returns, so that its maps become what GraphQL reads: rows for
 * objects, connections built the way the loaders build them (same cursors, same page
 * info).
 */
sealed interface Shape {

	Object read(Object value, Map<String, Page> pages);

	/** A scalar or a list of scalars, as the driver returns it. */
	record Scalar() implements Shape {

		@Override
		public Object read(Object value, Map<String, Page> pages) {
			return value;
		}

	}

	/** An object; an abstract type's concrete type comes with the row. */
	record Row(String type, Map<String, Shape> fields) implements Shape {

		static final String TYPE_KEY = "__type";

		@Override
		public Object read(Object value, Map<String, Page> pages) {
			if (value == null) {
				return null;
			}
			Map<?, ?> map = (Map<?, ?>) value;
			Map<String, Object> values = new LinkedHashMap<>();
			fields.forEach((key, shape) -> values.put(key, shape.read(map.get(key), pages)));
			return new CompiledRow(type == null ? (String) map.get(TYPE_KEY) : type, values);
		}

	}

	record Many(Shape element) implements Shape {

		@Override
		public Object read(Object value, Map<String, Page> pages) {
			List<Object> list = new ArrayList<>();
			for (Object item : (List<?>) value) {
				list.add(element.read(item, pages));
			}
			return list;
		}

	}

	/**
	 * A page: {@code {total, rows: [{sortKey, node}]}} with one row more than asked for,
	 * made into the connection {@link Connection#of} makes for the loaders.
	 *
	 * @param page the name of the page's parameters
	 */
	record Paged(Row node, String page) implements Shape {

		@Override
		public Object read(Object value, Map<String, Page> pages) {
			return connection((Map<?, ?>) value, node, pages.get(page), pages);
		}

	}

	/** The rows of a page statement as the connection {@link Connection#of} makes. */
	static Connection<CompiledRow> connection(Map<?, ?> page, Row node, Page asked, Map<String, Page> pages) {
		Map<CompiledRow, String> sortKeys = new IdentityHashMap<>();
		List<CompiledRow> rows = new ArrayList<>();
		for (Object item : (List<?>) page.get("rows")) {
			Map<?, ?> row = (Map<?, ?>) item;
			CompiledRow read = (CompiledRow) node.read(row.get("node"), pages);
			sortKeys.put(read, (String) row.get("sortKey"));
			rows.add(read);
		}
		return Connection.of(rows, asked, ((Number) page.get("total")).intValue(), sortKeys::get);
	}

}
