package org.policygraph.map;

import java.util.List;

/**
 * Nodes and typed edges, labelled in Chinese and English, ready for a graph-drawing
 * library.
 */
public record GraphView(List<GraphNode> nodes, List<GraphEdge> edges) {

	public record GraphNode(String id, String type, String label, String englishLabel) {
	}

	public record GraphEdge(String source, String target, String type, String label, String englishLabel,
			String detail) {
	}

	public record Path(int length, List<GraphNode> nodes, List<GraphEdge> edges) {
	}
}
