package org.policygraph.map;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Relationship;
import org.policygraph.map.GraphView.GraphEdge;
import org.policygraph.map.GraphView.GraphNode;
import org.policygraph.map.GraphView.Path;

/**
 * {@code responsibilityMap} and {@code connections} in one statement each, for the
 * compiler: the entities are resolved inside the statement the way
 * {@link ResponsibilityMaps#idOf} resolves them (an id, an organisation's former id, a
 * name), then the same neighbourhood or the same shortest paths as {@link MapRepository}.
 * Whatever the statement doesn't resolve, the resolvers answer, errors and suggestions
 * included. Labels and lengths come from fixed lists and validated integers, never from
 * input.
 */
public final class MapStatements {

	public static final int MAX_MAP_DEPTH = ResponsibilityMaps.MAX_MAP_DEPTH;

	/** The rows a neighbourhood reads, as MapRepository reads them. */
	public static final int MAP_ROWS = ResponsibilityMaps.MAX_MAP_NODES * 4;

	public static final int MAX_PATH_LENGTH = MapController.MAX_PATH_LENGTH;

	public static final int MAX_PATHS = MapController.MAX_PATHS;

	private MapStatements() {
	}

	/**
	 * The label an id names, or null for a name (the statement then looks the name up).
	 */
	public static String labelOf(String idOrName) {
		return NodeTypes.labelOf(idOrName.strip());
	}

	/**
	 * {@code $centre} resolved as {@code c}, then its neighbourhood as
	 * MapRepository.neighbourhood reads it; parameters {@code centre} and {@code limit}.
	 * @param label the label of the centre's id, or null for a name
	 */
	public static String responsibilityMap(String label, int depth) {
		return resolve("centre", label, "c") + neighbourhood(depth);
	}

	/**
	 * The neighbourhood of {@code c} up to a depth (a validated small integer), as
	 * {@link #view(Map, int)} reads it: one row, or none without a centre. The paths come
	 * in the order they are found, as lists of element ids, and each node and
	 * relationship on them once, projected to what a map shows of it: a neighbourhood
	 * finds the same node on many paths, and a whole node is all its properties.
	 */
	static String neighbourhood(int depth) {
		return """
				OPTIONAL MATCH p = (c)-[*1..%d]-(x)
				WHERE p IS NULL OR %s
				WITH c, p LIMIT $limit
				WITH c, collect(p) AS paths
				RETURN %s AS centre,
				       [p IN paths | [n IN nodes(p) | elementId(n)]] AS pathNodes,
				       [p IN paths | [r IN relationships(p) | elementId(r)]] AS pathEdges,
				       COLLECT { UNWIND paths AS p UNWIND nodes(p) AS n WITH DISTINCT n RETURN %s } AS nodes,
				       COLLECT { UNWIND paths AS p UNWIND relationships(p) AS r WITH DISTINCT r RETURN %s } AS edges
				""".formatted(depth, MapRepository.NOT_THROUGH_HUBS.strip(), GraphLabels.projection("c"),
				GraphLabels.projection("n"), GraphLabels.edgeProjection("r"));
	}

	/**
	 * {@code $from} and {@code $to} resolved as {@code a} and {@code b}, then
	 * {@link MapRepository#connecting}'s shortest paths between them (none when they are
	 * one entity, which the resolver refuses); parameters {@code from}, {@code to} and
	 * {@code first}.
	 */
	public static String connections(String fromLabel, String toLabel, int maxLength, boolean throughHubs) {
		return resolve("from", fromLabel, "a") + resolve("to", toLabel, "b") + """
				RETURN a, b, COLLECT {
				  UNWIND CASE WHEN a = b THEN [] ELSE [true] END AS different
				  %s
				} AS paths
				""".formatted(MapRepository.connecting(maxLength, throughHubs));
	}

	/**
	 * The entity named by {@code $parameter} as {@code variable}: an organisation's
	 * former id before its own (MapRepository.currentId), any other id as it is, a name
	 * when exactly one entity answers to it at its best rank ({@link #named}); a name
	 * several answer to resolves to nothing here, and the resolver refuses it with the
	 * candidates.
	 */
	static String resolve(String parameter, String label, String variable) {
		if (label == null) {
			return """
					CALL () {
					%s  WITH best WHERE size(best) = 1
					  RETURN best[0] AS %s
					}
					""".formatted(named(parameter), variable);
		}
		String candidates;
		if (MapRepository.ORGANIZATION_LABELS.contains(label)) {
			// a former id is the label and the name the organisation had and has
			// (Department:省财政厅, OrganizationDirectory), so its department is among
			// those with that name key
			candidates = """
					    MATCH (k:DepartmentName) USING INDEX SEEK k:DepartmentName(key)
					    WHERE k.key = substring($%1$s, %3$d)
					    WITH DISTINCT k.departmentId AS departmentId
					    MATCH (n:Department {id: departmentId}) WHERE $%1$s IN n.formerIds
					    RETURN n, 0 AS rank
					    UNION
					    MATCH (n:Company) WHERE $%1$s IN n.formerIds RETURN n, 0 AS rank
					    UNION
					    MATCH (n:%2$s {id: $%1$s}) RETURN n, 1 AS rank
					""".formatted(parameter, label, label.length() + 1);
		}
		else {
			candidates = """
					    MATCH (n:%2$s {id: $%1$s}) RETURN n, 1 AS rank
					""".formatted(parameter, label);
		}
		return """
				CALL () {
				  CALL () {
				%s  }
				  RETURN n AS %s ORDER BY rank, n.id LIMIT 1
				}
				""".formatted(candidates, variable);
	}

	/**
	 * The entities a name in {@code $parameter} may mean, as {@code best}: those of its
	 * best rank, by id. The ranks: an organisation by its full name, then by its name or
	 * alias, a person, an item, a domain, a document by number or title. A department is
	 * found by its name keys ({@code DepartmentNames}, one index seek), not by testing
	 * every organisation; the companies are few and have no keys. A name is never a
	 * former id: those carry their label (Department:省财政厅) and are resolved as ids. In a
	 * national graph one name is often many entities (法律援助 is an item of every province's
	 * list, 省财政厅 a department of each), and picking one of them would answer about the
	 * wrong place without saying so.
	 */
	static String named(String parameter) {
		return """
				  CALL () {
				    MATCH (k:DepartmentName) USING INDEX SEEK k:DepartmentName(key)
				    WHERE k.key = $%1$s
				    WITH DISTINCT k.departmentId AS departmentId
				    MATCH (n:Department {id: departmentId}) USING INDEX SEEK n:Department(id)
				    WHERE n.name = $%1$s OR n.fullName = $%1$s OR $%1$s IN n.aliases
				    RETURN n, CASE WHEN n.fullName = $%1$s THEN 0 ELSE 1 END AS rank
				    UNION
				    MATCH (n:Company)
				    WHERE n.name = $%1$s OR n.fullName = $%1$s OR $%1$s IN n.aliases
				    RETURN n, CASE WHEN n.fullName = $%1$s THEN 0 ELSE 1 END AS rank
				    UNION
				    MATCH (n:Person {name: $%1$s}) RETURN n, 2 AS rank
				    UNION
				    MATCH (n:ServiceItem {name: $%1$s}) RETURN n, 3 AS rank
				    UNION
				    MATCH (n:Domain {name: $%1$s}) RETURN n, 4 AS rank
				    UNION
				    MATCH (n:Document) WHERE n.number = $%1$s OR n.title = $%1$s RETURN n, 5 AS rank
				  }
				  WITH n, rank ORDER BY rank, n.id
				  WITH collect(rank) AS ranks, collect(n) AS found
				  WITH [i IN range(0, size(found) - 1) WHERE ranks[i] = ranks[0] | found[i]] AS best
				""".formatted(parameter);
	}

	/**
	 * Whether the resolvers would have read this node for the id it carries: an id of one
	 * of our labels, and that label its own.
	 */
	public static boolean readable(Node node) {
		String id = node.get("id").asString(null);
		String label = id == null ? null : NodeTypes.labelOf(id);
		return label != null && node.hasLabel(label);
	}

	/** {@link #readable(Node)} of a neighbourhood's centre. */
	@SuppressWarnings("unchecked")
	public static boolean readableCentre(Map<String, Object> row) {
		Map<String, Object> centre = (Map<String, Object>) row.get("centre");
		String id = centre.get("id") instanceof String s ? s : null;
		String label = id == null ? null : NodeTypes.labelOf(id);
		return label != null && ((List<String>) centre.get("labels")).contains(label);
	}

	public static String id(Node node) {
		return node.get("id").asString();
	}

	/**
	 * A neighbourhood's row ({@link #neighbourhood}) as a map: the centre, every node of
	 * the paths read before the map was full, path by path, and the edges between the
	 * nodes kept.
	 */
	@SuppressWarnings("unchecked")
	public static GraphView view(Map<String, Object> row, int maxNodes) {
		Map<String, GraphNode> byElement = new HashMap<>();
		for (Map<String, Object> node : (List<Map<String, Object>>) row.get("nodes")) {
			byElement.put((String) node.get("elementId"), GraphLabels.node(node));
		}
		Map<String, GraphEdge> edgesByElement = new HashMap<>();
		for (Map<String, Object> edge : (List<Map<String, Object>>) row.get("edges")) {
			edgesByElement.put((String) edge.get("elementId"), GraphLabels.edge(edge,
					byElement.get((String) edge.get("start")).id(), byElement.get((String) edge.get("end")).id()));
		}
		Map<String, GraphNode> nodes = new LinkedHashMap<>();
		Map<String, GraphEdge> edges = new LinkedHashMap<>();
		GraphNode centre = GraphLabels.node((Map<String, Object>) row.get("centre"));
		nodes.put(centre.id(), centre);
		List<List<String>> pathNodes = (List<List<String>>) row.get("pathNodes");
		List<List<String>> pathEdges = (List<List<String>>) row.get("pathEdges");
		for (int i = 0; i < pathNodes.size() && nodes.size() < maxNodes; i++) {
			pathNodes.get(i).forEach(n -> {
				GraphNode node = byElement.get(n);
				nodes.putIfAbsent(node.id(), node);
			});
			pathEdges.get(i).forEach(r -> {
				GraphEdge e = edgesByElement.get(r);
				edges.putIfAbsent(e.source() + e.type() + e.target(), e);
			});
		}
		List<GraphEdge> kept = edges.values()
			.stream()
			.filter(e -> nodes.containsKey(e.source()) && nodes.containsKey(e.target()))
			.toList();
		return new GraphView(List.copyOf(nodes.values()), kept);
	}

	public static GraphView view(Map<String, Object> row) {
		return view(row, ResponsibilityMaps.MAX_MAP_NODES);
	}

	public static Path path(org.neo4j.driver.types.Path path) {
		Map<String, String> ids = new LinkedHashMap<>();
		List<GraphNode> nodes = new ArrayList<>();
		for (Node n : path.nodes()) {
			GraphNode g = GraphLabels.node(n);
			ids.put(n.elementId(), g.id());
			nodes.add(g);
		}
		List<GraphEdge> edges = new ArrayList<>();
		for (Relationship r : path.relationships()) {
			edges.add(GraphLabels.edge(r, ids.get(r.startNodeElementId()), ids.get(r.endNodeElementId())));
		}
		return new Path(path.length(), nodes, edges);
	}

}
