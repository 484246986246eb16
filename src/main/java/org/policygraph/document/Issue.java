package org.policygraph.document;

import java.time.LocalDate;

import org.neo4j.driver.types.Node;
import org.policygraph.neo4j.NodeValues;

/** One issue of a gazette. */
public record Issue(String id, String key, String title, int year, int number, Integer cumulativeNumber,
		LocalDate publishedOn, String publisher) {

	public static Issue of(Node node) {
		return new Issue(NodeValues.string(node, "id"), NodeValues.string(node, "key"),
				NodeValues.string(node, "title"), NodeValues.integer(node, "year"), NodeValues.integer(node, "number"),
				NodeValues.nullableInteger(node, "cumulativeNumber"), NodeValues.date(node, "publishedOn"),
				NodeValues.string(node, "publisher"));
	}
}
