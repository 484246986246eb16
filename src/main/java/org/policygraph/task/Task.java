package org.policygraph.task;

import org.neo4j.driver.types.Node;
import org.policygraph.document.Source;
import org.policygraph.neo4j.NodeValues;

/** A task with responsible units, from a task table or an annotated paragraph. */
public record Task(String id, String title, String text, String kind, boolean separateLeads, String documentKey,
		Source source) {

	public static Task of(Node node) {
		return new Task(NodeValues.string(node, "id"), NodeValues.string(node, "title"),
				NodeValues.string(node, "text"), NodeValues.string(node, "kind"),
				NodeValues.bool(node, "separateLeads"), NodeValues.string(node, "documentKey"), Source.of(node));
	}
}
