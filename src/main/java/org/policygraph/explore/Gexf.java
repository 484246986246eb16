package org.policygraph.explore;

import java.io.OutputStream;

import org.policygraph.map.GraphView;
import org.policygraph.map.GraphView.GraphEdge;
import org.policygraph.map.GraphView.GraphNode;

/**
 * GEXF 1.3, Gephi's own format: the Chinese label is the node's and edge's label,
 * everything else an attribute declared up front (Gephi drops undeclared attvalues).
 */
final class Gexf {

	static final String NAMESPACE = "http://gexf.net/1.3";

	private Gexf() {
	}

	static void write(GraphView graph, String description, OutputStream out) {
		try (XmlOut xml = new XmlOut(out)) {
			xml.start("gexf", "xmlns", NAMESPACE, "xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance",
					"xsi:schemaLocation", NAMESPACE + " http://gexf.net/1.3/gexf.xsd", "version", "1.3");
			xml.start("meta").text("creator", "policy-graph").text("description", description).end();
			xml.start("graph", "defaultedgetype", "directed", "mode", "static");
			xml.start("attributes", "class", "node");
			attribute(xml, "type", "type");
			attribute(xml, "englishLabel", "englishLabel");
			xml.end();
			xml.start("attributes", "class", "edge");
			attribute(xml, "type", "type");
			attribute(xml, "englishLabel", "englishLabel");
			attribute(xml, "detail", "detail");
			xml.end();
			xml.start("nodes");
			for (GraphNode node : graph.nodes()) {
				xml.start("node", "id", node.id(), "label", node.label()).start("attvalues");
				value(xml, "type", node.type());
				value(xml, "englishLabel", node.englishLabel());
				xml.end().end();
			}
			xml.end();
			xml.start("edges");
			int id = 0;
			for (GraphEdge edge : graph.edges()) {
				xml.start("edge", "id", String.valueOf(id++), "source", edge.source(), "target", edge.target(), "label",
						edge.label())
					.start("attvalues");
				value(xml, "type", edge.type());
				value(xml, "englishLabel", edge.englishLabel());
				value(xml, "detail", edge.detail());
				xml.end().end();
			}
			xml.end().end().end();
		}
	}

	private static void attribute(XmlOut xml, String id, String title) {
		xml.empty("attribute", "id", id, "title", title, "type", "string");
	}

	private static void value(XmlOut xml, String attribute, String value) {
		if (value != null) {
			xml.empty("attvalue", "for", attribute, "value", value);
		}
	}

}
