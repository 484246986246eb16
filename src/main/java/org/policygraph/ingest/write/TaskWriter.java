package org.policygraph.ingest.write;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.TransactionContext;
import org.policygraph.ingest.record.Gazette;
import org.policygraph.ingest.record.TaskRecord;

/** The tasks documents assign, with the units responsible in printed order. */
final class TaskWriter implements FactWriter {

	@Override
	public void write(TransactionContext tx, Batch batch) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (Gazette gazette : batch.gazettes()) {
			for (TaskRecord task : gazette.tasks()) {
				rows.add(row(gazette, task, batch));
			}
		}
		tx.run("""
				UNWIND $rows AS row
				MATCH (doc:Document {id: row.document})
				CREATE (t:Task)-[:IN_DOCUMENT]->(doc)
				SET t = row.props
				WITH t, row
				UNWIND range(0, size(row.units) - 1) AS i
				MATCH (dep:Organization {id: row.units[i]})
				CREATE (dep)-[:RESPONSIBLE_FOR {order: i}]->(t)
				""", Map.of("rows", rows)).consume();
	}

	private static Map<String, Object> row(Gazette gazette, TaskRecord task, Batch batch) {
		Map<String, Object> props = new HashMap<>(Batch.source(task.documentKey(), task.source()));
		props.put("key", task.key());
		props.put("kind", task.kind().name());
		props.put("title", task.title());
		props.put("text", task.text());
		props.put("separateLeads", task.separateLeads());
		props.put("issueKey", gazette.issue().key());
		props.put("documentKey", task.documentKey());
		props.put("searchText", (task.title() == null ? "" : task.title() + " ") + task.text());
		props.put("id", GraphIds.task(task.documentKey(), task.key()));
		Map<String, Object> row = new HashMap<>();
		row.put("props", props);
		row.put("document", GraphIds.document(task.documentKey()));
		row.put("units", batch.unitIds(task.documentKey(), task.units()).stream().distinct().toList());
		return row;
	}

}
