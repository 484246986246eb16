package org.policygraph.explore;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.policygraph.map.GraphView;
import org.policygraph.map.GraphView.GraphEdge;
import org.policygraph.map.GraphView.GraphNode;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import static org.assertj.core.api.Assertions.assertThat;

class GraphFormatsTests {

	/**
	 * Item 1 funded by the centre, with text that breaks naive XML: markup, quotes and a
	 * stray control character.
	 */
	static final GraphView GRAPH = new GraphView(
			List.of(new GraphNode("ServiceItem:吉政办发〔2017〕52号#1", "ServiceItem", "1. 免费义务教育 <试点> & \"补助\"\u0001", null),
					new GraphNode("Payer:CENTRAL", "Payer", "中央", "Central government")),
			List.of(new GraphEdge("ServiceItem:吉政办发〔2017〕52号#1", "Payer:CENTRAL", "FUNDED_BY", "支出责任", "funded by",
					"SHARED")));

	@Test
	void graphmlDeclaresEveryKeyItUsesAndKeepsTheTextIntact() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		GraphMl.write(GRAPH, out);
		Document xml = parse(out.toByteArray());

		Element root = xml.getDocumentElement();
		assertThat(root.getNamespaceURI()).isEqualTo(GraphMl.NAMESPACE);
		assertThat(elements(xml, "node")).hasSize(2);
		assertThat(elements(xml, "edge")).hasSize(1);
		Set<String> declared = new HashSet<>();
		elements(xml, "key").forEach(k -> declared.add(k.getAttribute("id")));
		elements(xml, "data").forEach(d -> assertThat(declared).contains(d.getAttribute("key")));

		Element item = elements(xml, "node").getFirst();
		assertThat(item.getAttribute("id")).isEqualTo("ServiceItem:吉政办发〔2017〕52号#1");
		assertThat(data(item, "n_label")).isEqualTo("1. 免费义务教育 <试点> & \"补助\"");
		assertThat(data(item, "n_englishLabel")).as("null values are left out").isNull();
		Element edge = elements(xml, "edge").getFirst();
		assertThat(edge.getAttribute("source")).isEqualTo("ServiceItem:吉政办发〔2017〕52号#1");
		assertThat(data(edge, "e_detail")).isEqualTo("SHARED");
	}

	@Test
	void gexfIsVersionOneThreeWithDeclaredAttributes() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Gexf.write(GRAPH, "a test", out);
		Document xml = parse(out.toByteArray());

		Element root = xml.getDocumentElement();
		assertThat(root.getNamespaceURI()).isEqualTo("http://gexf.net/1.3");
		assertThat(root.getAttribute("version")).isEqualTo("1.3");
		Element graph = elements(xml, "graph").getFirst();
		assertThat(graph.getAttribute("defaultedgetype")).isEqualTo("directed");
		Set<String> declared = new HashSet<>();
		for (Element attributes : elements(xml, "attributes")) {
			for (Element attribute : children(attributes, "attribute")) {
				declared.add(attributes.getAttribute("class") + ":" + attribute.getAttribute("id"));
			}
		}
		for (Element node : elements(xml, "node")) {
			children(node, "attvalues").forEach(values -> children(values, "attvalue")
				.forEach(v -> assertThat(declared).contains("node:" + v.getAttribute("for"))));
		}
		for (Element edge : elements(xml, "edge")) {
			children(edge, "attvalues").forEach(values -> children(values, "attvalue")
				.forEach(v -> assertThat(declared).contains("edge:" + v.getAttribute("for"))));
		}

		assertThat(elements(xml, "node").getFirst().getAttribute("label")).isEqualTo("1. 免费义务教育 <试点> & \"补助\"");
		Element edge = elements(xml, "edge").getFirst();
		assertThat(edge.getAttribute("label")).isEqualTo("支出责任");
		assertThat(edge.getAttribute("target")).isEqualTo("Payer:CENTRAL");
	}

	@Test
	void charactersXmlForbidsAreDroppedAndTheRestKept() {
		assertThat(XmlOut.clean("a\u0000b\u0008c\td\ne\uFFFE𠀀")).isEqualTo("abc\td\ne𠀀");
	}

	static Document parse(byte[] xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
	}

	static List<Element> elements(Document xml, String name) {
		return list(xml.getElementsByTagNameNS("*", name));
	}

	static List<Element> children(Element parent, String name) {
		return list(parent.getElementsByTagNameNS("*", name));
	}

	private static List<Element> list(NodeList nodes) {
		return IntStream.range(0, nodes.getLength()).mapToObj(i -> (Element) nodes.item(i)).toList();
	}

	private static String data(Element owner, String key) {
		return children(owner, "data").stream()
			.filter(d -> d.getAttribute("key").equals(key))
			.map(Element::getTextContent)
			.findFirst()
			.orElse(null);
	}

}
