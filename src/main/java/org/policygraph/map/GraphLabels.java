package org.policygraph.map;

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

	private GraphLabels() {
	}

	public static GraphNode node(Node n) {
		String type = n.labels().iterator().hasNext() ? primaryLabel(n) : "Node";
		String id = n.get("id").asString(n.elementId());
		return switch (type) {
			case "ServiceItem" -> new GraphNode(id, type, n.get("no").asInt() + ". " + n.get("name").asString(), null);
			case "Document" -> new GraphNode(id, type,
					n.get("number").isNull() ? n.get("title").asString() : n.get("number").asString(), null);
			case "Task" -> new GraphNode(id, type,
					n.get("title").isNull() ? abbreviate(n.get("text").asString("")) : n.get("title").asString(), null);
			case "Appointment" -> new GraphNode(id, type,
					ACTIONS.getOrDefault(n.get("action").asString(""), "") + n.get("post").asString(""),
					n.get("action").asString("").toLowerCase() + " " + n.get("post").asString(""));
			case "Payer" -> new GraphNode(id, type, n.get("name").asString(), n.get("englishName").asString());
			// Annexes and phased targets have no name; whole-graph exports would
			// otherwise label them by id.
			case "Annex" -> new GraphNode(id, type, "附件" + n.get("no").asInt() + " " + n.get("title").asString(""),
					"annex " + n.get("no").asInt());
			case "PhasedTarget" -> new GraphNode(id, type, n.get("phase").asString(id),
					n.get("fromYear").asInt() + "–" + n.get("toYear").asInt());
			case "Issue" -> new GraphNode(id, type, n.get("year").asInt() + "年第" + n.get("number").asInt() + "期",
					"issue " + n.get("number").asInt() + " of " + n.get("year").asInt());
			default -> new GraphNode(id, type, n.get("name").asString(id),
					n.get("englishName").isNull() ? null : n.get("englishName").asString());
		};
	}

	public static GraphEdge edge(Relationship r, String sourceId, String targetId) {
		String[] labels = EDGES.getOrDefault(r.type(), new String[] { r.type(), r.type().toLowerCase() });
		// The funding role of a FUNDED_BY edge; the kind of a succession (MERGED_INTO).
		String detail = !r.get("role").isNull() ? r.get("role").asString()
				: r.get("kind").isNull() ? null : r.get("kind").asString();
		return new GraphEdge(sourceId, targetId, r.type(), labels[0], labels[1], detail);
	}

	private static String primaryLabel(Node n) {
		for (String label : n.labels()) {
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
