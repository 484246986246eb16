package org.policygraph.ingest.write;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.TransactionContext;
import org.policygraph.ingest.record.AppointmentRecord;
import org.policygraph.ingest.record.EditorialMemberRecord;
import org.policygraph.ingest.record.Gazette;

/**
 * People: the issue's editorial board, and the appointments personnel decisions make,
 * each at its organisation and decided by its document.
 */
final class PeopleWriter implements FactWriter {

	@Override
	public void write(TransactionContext tx, Batch batch) {
		List<Map<String, Object>> board = new ArrayList<>();
		List<Map<String, Object>> appointments = new ArrayList<>();
		for (Gazette gazette : batch.gazettes()) {
			for (EditorialMemberRecord m : gazette.editorialBoard()) {
				board.add(row(gazette, m));
			}
			// An appointment's id is its place among its decision's appointments.
			Map<String, Integer> perDecision = new LinkedHashMap<>();
			for (AppointmentRecord a : gazette.appointments()) {
				appointments.add(row(gazette, a, perDecision.merge(a.decisionKey(), 1, Integer::sum), batch));
			}
		}
		tx.run("""
				UNWIND $rows AS row
				MATCH (i:Issue {id: row.issue})
				MERGE (p:Person {id: row.id})
				SET p.name = row.name, p.searchText = row.name
				MERGE (p)-[r:ON_EDITORIAL_BOARD]->(i)
				SET r.roles = row.roles, r.srcFrom = row.srcFrom, r.srcTo = row.srcTo, r.srcText = row.srcText
				""", Map.of("rows", board)).consume();
		tx.run("""
				UNWIND $rows AS row
				MATCH (org:Organization {id: row.organization}), (doc:Document {id: row.decision})
				MERGE (p:Person {id: row.person})
				SET p.name = row.personName, p.searchText = row.personName
				CREATE (p)-[:HAS_APPOINTMENT]->(a:Appointment)-[:AT]->(org)
				CREATE (a)-[:DECIDED_BY]->(doc)
				SET a = row.props
				""", Map.of("rows", appointments)).consume();
	}

	static Map<String, Object> row(Gazette gazette, EditorialMemberRecord m) {
		Map<String, Object> row = new HashMap<>(Batch.source(null, m.source()));
		row.put("id", GraphIds.person(m.person()));
		row.put("name", m.person());
		row.put("roles", m.roles());
		row.put("issue", GraphIds.issue(gazette.issue().key()));
		return row;
	}

	static Map<String, Object> row(Gazette gazette, AppointmentRecord a, int index, Batch batch) {
		Map<String, Object> props = new HashMap<>(Batch.source(a.decisionKey(), a.source()));
		props.put("action", a.action().name());
		props.put("post", a.post());
		props.put("date", a.date());
		props.put("issueKey", gazette.issue().key());
		props.put("documentKey", a.decisionKey());
		props.put("index", index);
		props.put("id", GraphIds.appointment(a.decisionKey(), index));
		Map<String, Object> row = new HashMap<>();
		row.put("props", props);
		row.put("person", GraphIds.person(a.person()));
		row.put("personName", a.person());
		row.put("organization", batch.unitIds(a.decisionKey(), List.of(a.organization())).getFirst());
		row.put("decision", GraphIds.document(a.decisionKey()));
		return row;
	}

}
