package org.policygraph.plan;

import java.util.List;

import org.neo4j.driver.types.Node;
import org.policygraph.document.Source;
import org.policygraph.neo4j.NodeValues;

/** A phase of a plan and what it must reach by its target year. */
public record PhasedTarget(String id, String phase, int fromYear, int toYear, int targetYear, List<String> targets,
		String documentKey, Source source) {

	public static PhasedTarget of(Node node) {
		return new PhasedTarget(NodeValues.string(node, "id"), NodeValues.string(node, "phase"),
				NodeValues.integer(node, "fromYear"), NodeValues.integer(node, "toYear"),
				NodeValues.integer(node, "targetYear"), NodeValues.strings(node, "targets"),
				NodeValues.string(node, "documentKey"), Source.of(node));
	}
}
