package org.policygraph.map;

import java.util.List;
import java.util.Set;

import org.neo4j.driver.types.Node;
import org.policygraph.department.Department;
import org.policygraph.document.Document;
import org.policygraph.document.Issue;
import org.policygraph.jurisdiction.Jurisdiction;
import org.policygraph.official.Appointment;
import org.policygraph.official.Person;
import org.policygraph.plan.Indicator;
import org.policygraph.plan.PhasedTarget;
import org.policygraph.service.Domain;
import org.policygraph.service.ServiceItem;
import org.policygraph.task.Task;

/**
 * The node types the API exposes through {@code Node}, and how a stored node becomes the
 * record whose class name tells GraphQL its type. Labels come only from this fixed list,
 * never from input.
 */
public final class NodeTypes {

	public static final List<String> LABELS = List.of("ServiceItem", "Department", "Company", "Document", "Task",
			"Person", "Appointment", "Indicator", "PhasedTarget", "Domain", "Issue", "Jurisdiction", "GenericParty");

	private static final Set<String> KNOWN = Set.copyOf(LABELS);

	private NodeTypes() {
	}

	/** The label an id's prefix names, or null when it names none of ours. */
	public static String labelOf(String id) {
		int colon = id.indexOf(':');
		String prefix = colon < 0 ? "" : id.substring(0, colon);
		return KNOWN.contains(prefix) ? prefix : null;
	}

	/**
	 * @param personId for an appointment, the person's id; organizationId likewise (the
	 * query provides both)
	 */
	public static Object toRecord(Node node, String personId, String organizationId) {
		if (node.hasLabel("ServiceItem")) {
			return ServiceItem.of(node);
		}
		if (node.hasLabel("Department") || node.hasLabel("Company") || node.hasLabel("GenericParty")) {
			return Department.of(node);
		}
		if (node.hasLabel("Document")) {
			return Document.of(node);
		}
		if (node.hasLabel("Task")) {
			return Task.of(node);
		}
		if (node.hasLabel("Person")) {
			return Person.of(node);
		}
		if (node.hasLabel("Appointment")) {
			return Appointment.of(node, personId, organizationId);
		}
		if (node.hasLabel("Indicator")) {
			return Indicator.of(node);
		}
		if (node.hasLabel("PhasedTarget")) {
			return PhasedTarget.of(node);
		}
		if (node.hasLabel("Domain")) {
			return Domain.of(node);
		}
		if (node.hasLabel("Issue")) {
			return Issue.of(node);
		}
		if (node.hasLabel("Jurisdiction")) {
			return Jurisdiction.of(node);
		}
		return null;
	}

}
