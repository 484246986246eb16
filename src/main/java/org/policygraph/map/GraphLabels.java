package org.policygraph.map;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Relationship;
import org.policygraph.map.GraphView.GraphEdge;
import org.policygraph.map.GraphView.GraphNode;

/**
 * How nodes and relationships read on a map or in an export, in Chinese and in English.
 */
public final class GraphLabels {

	private static final Map<String, String[]> EDGES = Map.ofEntries(Map.entry("LEADS", new String[] { "牵头", "leads" }),
			Map.entry("FUNDED_BY", new String[] { "支出责任", "funded by" }),
			Map.entry("RESPONSIBLE_FOR", new String[] { "责任单位", "responsible for" }),
			Map.entry("IN_DOMAIN", new String[] { "所属领域", "in domain" }),
			Map.entry("MEASURES", new String[] { "衡量领域", "measures" }),
			Map.entry("ASSIGNED_TO", new String[] { "承担", "assigned to" }),
			Map.entry("LISTED_IN", new String[] { "列入", "listed in" }),
			Map.entry("IN_DOCUMENT", new String[] { "所属文件", "in document" }),
			Map.entry("CITES", new String[] { "引用", "cites" }),
			Map.entry("IMPLEMENTS", new String[] { "贯彻落实", "implements" }),
			Map.entry("INTERPRETS", new String[] { "解读", "interprets" }),
			Map.entry("HAS_ANNEX", new String[] { "附件", "has annex" }),
			Map.entry("PUBLISHED_IN", new String[] { "刊登于", "published in" }),
			Map.entry("HAS_APPOINTMENT", new String[] { "任免", "appointment" }),
			Map.entry("AT", new String[] { "任职单位", "at" }),
			Map.entry("DECIDED_BY", new String[] { "决定文件", "decided by" }),
			Map.entry("ON_EDITORIAL_BOARD", new String[] { "编委", "on editorial board" }),
			Map.entry("PART_OF", new String[] { "隶属", "part of" }),
			Map.entry("SUCCEEDED_BY", new String[] { "由其承继", "succeeded by" }));

	private static final Map<String, String> ACTIONS = Map.of("APPOINT", "任命", "REMOVE", "免去", "DESIGNATE", "指定");

	/** The properties labels are made of, besides a task's text. */
	private static final List<String> PROPERTIES = List.of("id", "no", "name", "number", "title", "action", "post",
			"englishName", "phase", "fromYear", "toYear", "year");

	private GraphLabels() {
	}

	/**
	 * What {@link #node(Map, List, String)} reads of a node variable, as a Cypher map
	 * projection: the labels, the properties labels are made of (a task's text only as
	 * far as {@link #abbreviate} can use it: 48 code points are at least 25 UTF-16
	 * units), and the element id that relationships name it by.
	 */
	public static String projection(String variable) {
		StringBuilder projection = new StringBuilder(variable).append(" {");
		PROPERTIES.forEach(p -> projection.append('.').append(p).append(", "));
		return projection.append("text: left(%1$s.text, 48), labels: labels(%1$s), elementId: elementId(%1$s)}")
			.toString()
			.formatted(variable);
	}

	/** What {@link #edge(Map, String, String)} reads of a relationship variable. */
	public static String edgeProjection(String variable) {
		return """
				{type: type(%1$s), role: %1$s.role, kind: %1$s.kind, elementId: elementId(%1$s), \
				start: elementId(startNode(%1$s)), end: elementId(endNode(%1$s))}""".formatted(variable);
	}

	public static GraphNode node(Node n) {
		List<String> labels = new ArrayList<>();
		n.labels().forEach(labels::add);
		// only what a label is made of: an export reads every node of the graph
		Map<String, Object> read = new HashMap<>();
		PROPERTIES.forEach(p -> read.put(p, n.get(p).asObject()));
		read.put("text", n.get("text").asObject());
		return node(read, labels, n.elementId());
	}

	/** A node read by {@link #projection}. */
	@SuppressWarnings("unchecked")
	public static GraphNode node(Map<String, Object> projected) {
		return node(projected, (List<String>) projected.get("labels"), (String) projected.get("elementId"));
	}

	private static GraphNode node(Map<String, Object> n, List<String> labels, String elementId) {
		String type = labels.isEmpty() ? "Node" : primaryLabel(labels);
		String id = string(n, "id", elementId);
		return switch (type) {
			case "ServiceItem" -> new GraphNode(id, type, integer(n, "no") + ". " + string(n, "name", null), null);
			case "Document" -> new GraphNode(id, type,
					n.get("number") == null ? string(n, "title", null) : string(n, "number", null), null);
			case "Task" -> new GraphNode(id, type,
					n.get("title") == null ? abbreviate(string(n, "text", "")) : string(n, "title", null), null);
			case "Appointment" ->
				new GraphNode(id, type, ACTIONS.getOrDefault(string(n, "action", ""), "") + string(n, "post", ""),
						string(n, "action", "").toLowerCase() + " " + string(n, "post", ""));
			case "Payer" -> new GraphNode(id, type, string(n, "name", null), string(n, "englishName", null));
			// Annexes and phased targets have no name; whole-graph exports would
			// otherwise label them by id.
			case "Annex" -> new GraphNode(id, type, "附件" + integer(n, "no") + " " + string(n, "title", ""),
					"annex " + integer(n, "no"));
			case "PhasedTarget" ->
				new GraphNode(id, type, string(n, "phase", id), integer(n, "fromYear") + "–" + integer(n, "toYear"));
			case "Issue" -> new GraphNode(id, type, integer(n, "year") + "年第" + integer(n, "number") + "期",
					"issue " + integer(n, "number") + " of " + integer(n, "year"));
			default -> new GraphNode(id, type, string(n, "name", id), string(n, "englishName", null));
		};
	}

	public static GraphEdge edge(Relationship r, String sourceId, String targetId) {
		Map<String, Object> read = new HashMap<>();
		read.put("type", r.type());
		read.put("role", r.get("role").asObject());
		read.put("kind", r.get("kind").asObject());
		return edge(read, sourceId, targetId);
	}

	/** A relationship read by {@link #edgeProjection}, between nodes of these ids. */
	public static GraphEdge edge(Map<String, Object> r, String sourceId, String targetId) {
		String type = (String) r.get("type");
		String[] labels = EDGES.getOrDefault(type, new String[] { type, type.toLowerCase() });
		// The funding role of a FUNDED_BY edge; the kind of a succession (MERGED_INTO).
		String detail = r.get("role") != null ? string(r, "role", null) : string(r, "kind", null);
		return new GraphEdge(sourceId, targetId, type, labels[0], labels[1], detail);
	}

	private static String string(Map<String, Object> properties, String key, String otherwise) {
		Object value = properties.get(key);
		return value == null ? otherwise : (String) value;
	}

	private static int integer(Map<String, Object> properties, String key) {
		return ((Number) properties.get(key)).intValue();
	}

	private static String primaryLabel(List<String> labels) {
		for (String label : labels) {
			if (!label.equals("Organization")) {
				return label;
			}
		}
		return "Node";
	}

	private static String abbreviate(String text) {
		return text.length() <= 24 ? text : text.substring(0, 24) + "…";
	}

}
