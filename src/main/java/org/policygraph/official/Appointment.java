package org.policygraph.official;

import java.time.LocalDate;

import org.neo4j.driver.types.Node;
import org.policygraph.document.Source;
import org.policygraph.neo4j.NodeValues;

/** One personnel action (任命, 免去, 指定) taken by a decision. */
public record Appointment(String id, String personId, String action, String post, String organizationId,
		String decisionKey, LocalDate date, Source source) {

	public static Appointment of(Node node, String personId, String organizationId) {
		return new Appointment(NodeValues.string(node, "id"), personId, NodeValues.string(node, "action"),
				NodeValues.string(node, "post"), organizationId, NodeValues.string(node, "documentKey"),
				NodeValues.date(node, "date"), Source.of(node));
	}
}
