package org.policygraph.map;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.policygraph.map.GraphView.GraphEdge;
import org.policygraph.map.GraphView.GraphNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A neighbourhood's one row (each node and relationship once, the paths as element ids)
 * reads as the map that path-by-path reading made: nodes in the order the paths first
 * reach them, no path begun once the map is full, only edges between kept nodes.
 */
class NeighbourhoodViewTests {

	private static Map<String, Object> node(String element, String id, String label, String name) {
		Map<String, Object> node = new HashMap<>();
		node.put("elementId", element);
		node.put("id", id);
		node.put("labels", List.of(label, "Organization").subList(0, label.equals("Department") ? 2 : 1));
		node.put("name", name);
		return node;
	}

	private static Map<String, Object> edge(String element, String type, String start, String end) {
		Map<String, Object> edge = new HashMap<>();
		edge.put("elementId", element);
		edge.put("type", type);
		edge.put("start", start);
		edge.put("end", end);
		return edge;
	}

	private static Map<String, Object> row(List<List<String>> pathNodes, List<List<String>> pathEdges) {
		Map<String, Object> row = new HashMap<>();
		row.put("centre", node("e0", "Department:吉林省财政厅", "Department", "省财政厅"));
		row.put("pathNodes", pathNodes);
		row.put("pathEdges", pathEdges);
		row.put("nodes",
				List.of(node("e0", "Department:吉林省财政厅", "Department", "省财政厅"), node("e1", "Domain:养老", "Domain", "养老"),
						node("e2", "Domain:就业", "Domain", "就业"), node("e3", "Person:p", "Person", "某人")));
		row.put("edges", List.of(edge("r1", "LEADS", "e0", "e1"), edge("r2", "IN_DOMAIN", "e1", "e2"),
				edge("r3", "AT", "e3", "e0")));
		return row;
	}

	@Test
	void nodesComeOnceInTheOrderThePathsReachThem() {
		GraphView view = MapStatements
			.view(row(List.of(List.of("e0", "e1"), List.of("e0", "e1", "e2"), List.of("e0", "e3")),
					List.of(List.of("r1"), List.of("r1", "r2"), List.of("r3"))), 400);
		assertThat(view.nodes()).extracting(GraphNode::id)
			.containsExactly("Department:吉林省财政厅", "Domain:养老", "Domain:就业", "Person:p");
		assertThat(view.nodes().getFirst().type()).isEqualTo("Department");
		assertThat(view.edges()).extracting(GraphEdge::type).containsExactly("LEADS", "IN_DOMAIN", "AT");
		assertThat(view.edges().getLast().source()).isEqualTo("Person:p");
	}

	@Test
	void aFullMapBeginsNoFurtherPathAndKeepsOnlyEdgesBetweenItsNodes() {
		GraphView view = MapStatements.view(row(List.of(List.of("e0", "e1", "e2"), List.of("e0", "e3")),
				List.of(List.of("r1", "r2"), List.of("r3"))), 2);
		// the first path is read whole although it takes the map past two nodes
		assertThat(view.nodes()).extracting(GraphNode::id)
			.containsExactly("Department:吉林省财政厅", "Domain:养老", "Domain:就业");
		assertThat(view.edges()).extracting(GraphEdge::type).containsExactly("LEADS", "IN_DOMAIN");
	}

	@Test
	void aCentreWithoutPathsIsAMapOfItself() {
		GraphView view = MapStatements.view(row(List.of(), List.of()), 400);
		assertThat(view.nodes()).extracting(GraphNode::label).containsExactly("省财政厅");
		assertThat(view.edges()).isEmpty();
	}

	@Test
	void aTasksTextIsAbbreviatedFromItsProjectionAsFromTheWholeText() {
		String text = "建立健全基本公共服务标准体系，明确国家、省、市、县各级政府的支出责任和服务标准，并推动落实到位。";
		Map<String, Object> whole = new HashMap<>(Map.of("id", "Task:t", "text", text));
		Map<String, Object> projected = new HashMap<>(Map.of("id", "Task:t", "text",
				text.codePoints()
					.limit(48)
					.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
					.toString()));
		projected.put("labels", List.of("Task"));
		whole.put("labels", List.of("Task"));
		assertThat(GraphLabels.node(projected).label()).isEqualTo(GraphLabels.node(whole).label())
			.isEqualTo(text.substring(0, 24) + "…");
	}

}
