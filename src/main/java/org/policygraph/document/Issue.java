package org.policygraph.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.neo4j.driver.types.Node;
import org.policygraph.neo4j.NodeValues;

/**
 * One issue of a gazette.
 *
 * @param contacts the masthead's contact lines, stored as two lists of the same length
 * (contactLabels, contactValues) since a property cannot hold maps
 */
public record Issue(String id, String key, String title, int year, int number, Integer cumulativeNumber,
		LocalDate publishedOn, String publisher, String issn, String cn, String frequency, String editorialOffice,
		String sponsor, List<Contact> contacts) {

	/** A contact line of the masthead: 电话 0431-88904752. */
	public record Contact(String label, String value) {
	}

	public static Issue of(Node node) {
		List<String> labels = NodeValues.strings(node, "contactLabels");
		List<String> values = NodeValues.strings(node, "contactValues");
		List<Contact> contacts = new ArrayList<>();
		for (int i = 0; i < Math.min(labels.size(), values.size()); i++) {
			contacts.add(new Contact(labels.get(i), values.get(i)));
		}
		return new Issue(NodeValues.string(node, "id"), NodeValues.string(node, "key"),
				NodeValues.string(node, "title"), NodeValues.integer(node, "year"), NodeValues.integer(node, "number"),
				NodeValues.nullableInteger(node, "cumulativeNumber"), NodeValues.date(node, "publishedOn"),
				NodeValues.string(node, "publisher"), NodeValues.string(node, "issn"), NodeValues.string(node, "cn"),
				NodeValues.string(node, "frequency"), NodeValues.string(node, "editorialOffice"),
				NodeValues.string(node, "sponsor"), List.copyOf(contacts));
	}
}
