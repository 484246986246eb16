package org.policygraph.compile;

import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import org.neo4j.driver.types.Node;
import org.policygraph.graphql.Page;
import org.policygraph.map.MapStatements;
import org.policygraph.neo4j.Params;

/**
 * The graph views, answered whole from one statement each (their nodes' labels are read
 * from the nodes, whatever the selection); the entities they name are resolved inside it.
 * A name of nothing, one entity named twice, an argument out of range: the resolver
 * answers, with its error.
 */
final class GraphRoots {

	private GraphRoots() {
	}

	/** MapController.responsibilityMap through ResponsibilityMaps.around. */
	record ResponsibilityMap() implements Root.Whole {

		record Variant(String label, int depth) {
		}

		@Override
		public Object variant(DataFetchingEnvironment env) {
			String id = env.getArgument("id");
			Integer depth = env.getArgument("depth");
			int d = depth == null ? 1 : depth;
			if (id == null || id.isBlank() || d < 1 || d > MapStatements.MAX_MAP_DEPTH) {
				throw new Fallback("an empty id or a depth the resolver refuses");
			}
			return new Variant(MapStatements.labelOf(id), d);
		}

		@Override
		public String cypher(Object variant) {
			Variant v = (Variant) variant;
			return MapStatements.responsibilityMap(v.label(), v.depth());
		}

		@Override
		public Map<String, Object> parameters(DataFetchingEnvironment env) {
			return Params.of("centre", env.<String>getArgument("id").strip(), "limit", MapStatements.MAP_ROWS);
		}

		@Override
		public Object answer(List<Map<String, Object>> rows, Shape.Row shape, Map<String, Object> parameters,
				Map<String, Page> pages) {
			if (rows.isEmpty() || !MapStatements.readableCentre(rows.getFirst())) {
				throw new Fallback("nothing by that id or name: the resolver says so");
			}
			return MapStatements.view(rows.getFirst());
		}

	}

	/** MapController.connections. */
	record Connections() implements Root.Whole {

		record Variant(String from, String to, int maxLength, boolean throughHubs) {
		}

		@Override
		public Object variant(DataFetchingEnvironment env) {
			String from = env.getArgument("from");
			String to = env.getArgument("to");
			Integer maxLength = env.getArgument("maxLength");
			int length = maxLength == null ? 6 : maxLength;
			int paths = first(env);
			if (from == null || to == null || from.isBlank() || to.isBlank() || length < 1
					|| length > MapStatements.MAX_PATH_LENGTH || paths < 1 || paths > MapStatements.MAX_PATHS) {
				throw new Fallback("an empty name or a length or count the resolver refuses");
			}
			Boolean throughHubs = env.getArgument("throughHubs");
			return new Variant(MapStatements.labelOf(from), MapStatements.labelOf(to), length,
					throughHubs == null || throughHubs);
		}

		private static int first(DataFetchingEnvironment env) {
			Integer first = env.getArgument("first");
			return first == null ? 5 : first;
		}

		@Override
		public String cypher(Object variant) {
			Variant v = (Variant) variant;
			return MapStatements.connections(v.from(), v.to(), v.maxLength(), v.throughHubs());
		}

		@Override
		public Map<String, Object> parameters(DataFetchingEnvironment env) {
			return Params.of("from", env.<String>getArgument("from").strip(), "to",
					env.<String>getArgument("to").strip(), "first", first(env));
		}

		@Override
		public Object answer(List<Map<String, Object>> rows, Shape.Row shape, Map<String, Object> parameters,
				Map<String, Page> pages) {
			if (rows.isEmpty()) {
				throw new Fallback("an entity by no name: the resolver suggests the closest");
			}
			Node a = (Node) rows.getFirst().get("a");
			Node b = (Node) rows.getFirst().get("b");
			if (!MapStatements.readable(a) || !MapStatements.readable(b)
					|| MapStatements.id(a).equals(MapStatements.id(b))) {
				throw new Fallback("an entity the resolver reads otherwise, or one named twice");
			}
			return ((List<?>) rows.getFirst().get("paths")).stream()
				.map(p -> MapStatements.path((org.neo4j.driver.types.Path) p))
				.toList();
		}

	}

}
