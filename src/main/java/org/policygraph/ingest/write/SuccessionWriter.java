package org.policygraph.ingest.write;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.TransactionContext;
import org.policygraph.succession.ReformStatement;
import org.policygraph.succession.Successions;

/**
 * Writes the reviewed successions ({@code graph-seed/successions.tsv}) between the
 * registry's organisations, and the lifetimes they give, with every batch as the registry
 * is (once per run: with the batch that carries the reference data): whatever wrote the
 * graph (the seed, the ingest command, an upload), it holds the successions of the
 * registry it was read against. The file is the whole truth about them, so every earlier
 * succession and lifetime date is replaced: a row removed from the file leaves the graph
 * too. Without a file (an ingester given none) they are left as they are.
 */
final class SuccessionWriter implements FactWriter {

	private final Successions successions;

	SuccessionWriter(Successions successions) {
		this.successions = successions;
	}

	@Override
	public void write(TransactionContext tx, Batch batch) {
		if (successions.isAbsent() || !batch.withReference()) {
			return;
		}
		tx.run("MATCH ()-[s:SUCCEEDED_BY]->() DELETE s").consume();
		tx.run("""
				MATCH (o:Organization) WHERE o.dissolved IS NOT NULL OR o.foundedOn IS NOT NULL OR o.dissolvedOn IS NOT NULL
				REMOVE o.dissolved, o.foundedOn, o.dissolvedOn
				""")
			.consume();
		List<Map<String, Object>> rows = new ArrayList<>();
		for (ReformStatement s : successions.successions()) {
			Map<String, Object> row = new HashMap<>();
			row.put("from", id(batch, s.body()));
			row.put("to", id(batch, s.to()));
			row.put("kind", s.kind().orElseThrow().name());
			row.put("on", s.on());
			row.put("source", s.source());
			row.put("says", s.says());
			row.put("note", s.note());
			row.put("line", s.line());
			rows.add(row);
		}
		int linked = tx.run("""
				UNWIND $rows AS row
				MATCH (a:Organization {id: row.from}), (b:Organization {id: row.to})
				CREATE (a)-[s:SUCCEEDED_BY]->(b)
				SET s.kind = row.kind, s.on = row.on, s.source = row.source, s.says = row.says, s.note = row.note,
				    s.line = row.line
				RETURN count(s) AS linked
				""", Map.of("rows", rows)).single().get("linked").asInt();
		if (linked != rows.size()) {
			throw new IllegalStateException(
					"only " + linked + " of " + rows.size() + " successions found both of their organisations");
		}
		List<Map<String, Object>> lifetimes = new ArrayList<>();
		for (String body : successions.bodies()) {
			Map<String, Object> row = new HashMap<>();
			row.put("id", id(batch, body));
			row.put("foundedOn", successions.foundedOn(body).orElse(null));
			row.put("dissolvedOn", successions.dissolvedOn(body).orElse(null));
			// Only true or absent: "today" queries follow bodies whose flag is set.
			row.put("dissolved", successions.dissolved(body) ? Boolean.TRUE : null);
			lifetimes.add(row);
		}
		tx.run("""
				UNWIND $rows AS row
				MATCH (o:Organization {id: row.id})
				SET o.foundedOn = row.foundedOn, o.dissolvedOn = row.dissolvedOn, o.dissolved = row.dissolved
				""", Map.of("rows", lifetimes)).consume();
	}

	/**
	 * The node of a registry body: the batch's organisation of that full name (ids are by
	 * full name, see {@link GraphIds}).
	 */
	private String id(Batch batch, String body) {
		String fullName = successions.fullName(body);
		return batch.organizations()
			.stream()
			.filter(org -> org.fullName().equals(fullName))
			.map(GraphIds::organization)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("organisation " + fullName + " is not in the registry"));
	}

}
