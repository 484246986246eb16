package org.policygraph.explore;

import java.io.OutputStream;

import org.policygraph.map.GraphView;
import org.policygraph.map.GraphView.GraphEdge;
import org.policygraph.map.GraphView.GraphNode;

/**
 * GraphML with every attribute declared as a key, which Gephi, yEd and NetworkX need to
 * import them.
 */
final class GraphMl {

	static final String NAMESPACE = "http://graphml.graphdrawing.org/xmlns";

	private GraphMl() {
	}

	static void write(GraphView graph, OutputStream out) {
		try (XmlOut xml = new XmlOut(out)) {
			xml.start("graphml", "xmlns", NAMESPACE, "xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance",
					"xsi:schemaLocation", NAMESPACE + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
			key(xml, "n_type", "node", "type");
			key(xml, "n_label", "node", "label");
			key(xml, "n_englishLabel", "node", "englishLabel");
			key(xml, "e_type", "edge", "type");
			key(xml, "e_label", "edge", "label");
			key(xml, "e_englishLabel", "edge", "englishLabel");
			key(xml, "e_detail", "edge", "detail");
			xml.start("graph", "id", "policy-graph", "edgedefault", "directed");
			for (GraphNode node : graph.nodes()) {
				xml.start("node", "id", node.id());
				data(xml, "n_type", node.type());
				data(xml, "n_label", node.label());
				data(xml, "n_englishLabel", node.englishLabel());
				xml.end();
			}
			int id = 0;
			for (GraphEdge edge : graph.edges()) {
				xml.start("edge", "id", "e" + id++, "source", edge.source(), "target", edge.target());
				data(xml, "e_type", edge.type());
				data(xml, "e_label", edge.label());
				data(xml, "e_englishLabel", edge.englishLabel());
				data(xml, "e_detail", edge.detail());
				xml.end();
			}
			xml.end().end();
		}
	}

	private static void key(XmlOut xml, String id, String domain, String name) {
		xml.empty("key", "id", id, "for", domain, "attr.name", name, "attr.type", "string");
	}

	private static void data(XmlOut xml, String key, String value) {
		if (value != null) {
			xml.text("data", value, "key", key);
		}
	}

}
