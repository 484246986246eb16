package org.policygraph.ingest.write;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.TransactionContext;
import org.policygraph.ingest.record.DocumentScope;
import org.policygraph.ingest.record.Gazette;
import org.policygraph.ingest.record.SingleDocument;
import org.policygraph.ingest.record.TaskAssignmentRecord;
import org.policygraph.ingest.record.TaskRecord;

/**
 * The tasks documents assign, with every unit in printed order and its role: one
 * RESPONSIBLE_FOR per department, {order} its place among the task's departments
 * (Task.units), {position} its place among all the task's units, {role} LEAD or
 * RESPONSIBLE. Generic parties (其他有关部门) are merged as nodes of their own, one per
 * jurisdiction like departments, without the Organization label, so that no department
 * query finds them, and are ASSIGNED_TO their tasks: a relationship that connections do
 * not follow, since the same phrase is other departments in every task. A gazette issue's
 * tasks and a single document's go the same way.
 */
final class TaskWriter implements FactWriter {

	/**
	 * The tasks of one issue or one single document.
	 *
	 * @param issueKey the issue they are printed in, or null for a single document
	 * @param scopes per document key, its jurisdiction (generic parties are that
	 * jurisdiction's)
	 */
	record Owner(String issueKey, List<TaskRecord> tasks, Map<String, DocumentScope> scopes) {

		static Owner of(Gazette gazette) {
			return new Owner(gazette.issue().key(), gazette.tasks(), gazette.scopes());
		}

		static Owner of(SingleDocument document) {
			return new Owner(null, document.tasks(), Map.of(document.key(), document.scope()));
		}

		/** The jurisdiction of the task's document, or null when nothing says. */
		String jurisdiction(TaskRecord task) {
			DocumentScope scope = scopes.get(task.documentKey());
			return scope == null ? null : scope.jurisdictionCode();
		}

	}

	@Override
	public void write(TransactionContext tx, Batch batch) {
		write(tx, batch.gazettes().stream().map(Owner::of).toList(), batch);
	}

	/**
	 * @param batch the unit ids the owners' documents resolved their names to
	 */
	static void write(TransactionContext tx, List<Owner> owners, Batch batch) {
		List<Map<String, Object>> rows = new ArrayList<>();
		Map<String, Map<String, Object>> parties = new LinkedHashMap<>();
		for (Owner owner : owners) {
			for (TaskRecord task : owner.tasks()) {
				rows.add(row(owner, task, batch));
				String code = owner.jurisdiction(task);
				task.assignments().stream().filter(TaskAssignmentRecord::party).forEach(a -> {
					Map<String, Object> party = new HashMap<>();
					party.put("id", GraphIds.party(code, a.unit()));
					party.put("name", a.unit());
					party.put("jurisdictionCode", code);
					parties.put((String) party.get("id"), party);
				});
			}
		}
		tx.run("""
				UNWIND $rows AS row
				MERGE (g:GenericParty {id: row.id})
				SET g.name = row.name, g.jurisdictionCode = row.jurisdictionCode
				""", Map.of("rows", batch.shared().unwritten("GenericParty", List.copyOf(parties.values())))).consume();
		tx.run("""
				UNWIND $rows AS row
				MATCH (doc:Document {id: row.document})
				CREATE (t:Task)-[:IN_DOCUMENT]->(doc)
				SET t = row.props
				WITH t, row
				CALL (t, row) {
				  UNWIND row.units AS unit
				  MATCH (u:Organization {id: unit.id})
				  CREATE (u)-[:RESPONSIBLE_FOR {order: unit.order, position: unit.position, role: unit.role}]->(t)
				}
				CALL (t, row) {
				  UNWIND row.parties AS unit
				  MATCH (u:GenericParty {id: unit.id})
				  CREATE (u)-[:ASSIGNED_TO {position: unit.position, role: unit.role}]->(t)
				}
				""", Map.of("rows", rows)).consume();
	}

	static Map<String, Object> row(Owner owner, TaskRecord task, Batch batch) {
		Map<String, Object> props = new HashMap<>(Batch.source(task.documentKey(), task.source()));
		props.put("key", task.key());
		props.put("kind", task.kind().name());
		props.put("title", task.title());
		props.put("text", task.text());
		props.put("separateLeads", task.separateLeads());
		props.put("issueKey", owner.issueKey());
		props.put("documentKey", task.documentKey());
		props.put("searchText", (task.title() == null ? "" : task.title() + " ") + task.text());
		props.put("id", GraphIds.task(task.documentKey(), task.key()));
		Map<String, Object> row = new HashMap<>();
		row.put("props", props);
		row.put("document", GraphIds.document(task.documentKey()));
		List<Map<String, Object>> units = units(owner, task, batch);
		row.put("units", units.stream().filter(u -> u.get("order") != null).toList());
		row.put("parties", units.stream().filter(u -> u.get("order") == null).toList());
		return row;
	}

	/** One row per unit, each once (a unit's first role), in printed order. */
	private static List<Map<String, Object>> units(Owner owner, TaskRecord task, Batch batch) {
		Map<String, Map<String, Object>> units = new LinkedHashMap<>();
		int departments = 0;
		for (TaskAssignmentRecord assignment : task.assignments()) {
			String id = assignment.party() ? GraphIds.party(owner.jurisdiction(task), assignment.unit())
					: batch.unitIds(task.documentKey(), List.of(assignment.unit())).getFirst();
			if (units.containsKey(id)) {
				continue;
			}
			Map<String, Object> unit = new HashMap<>();
			unit.put("id", id);
			unit.put("role", assignment.role().name());
			unit.put("position", units.size());
			unit.put("order", assignment.party() ? null : departments++);
			units.put(id, unit);
		}
		return List.copyOf(units.values());
	}

}
