package org.policygraph.ingest.write;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionContext;
import org.policygraph.jurisdiction.Jurisdiction;
import org.policygraph.jurisdiction.JurisdictionTable;
import org.policygraph.neo4j.SchemaMigrations;

/**
 * Writes the reference table into the graph: one node per division, linked to its parent.
 * Idempotent, so the seed can run again; a division the table no longer has is removed
 * only while nothing but the tree refers to it, since documents and departments of a
 * division abolished in a reform still belong to it.
 */
public final class JurisdictionWriter {

	private JurisdictionWriter() {
	}

	/**
	 * In a transaction of its own: a few thousand rows, written before the issues that
	 * refer to them.
	 */
	public static void write(Driver driver, JurisdictionTable table) {
		try (var session = driver.session()) {
			session.executeWriteWithoutResult(tx -> write(tx, table), SchemaMigrations.STARTUP_TIMEOUT);
		}
	}

	static void write(TransactionContext tx, JurisdictionTable table) {
		List<Map<String, Object>> rows = table.all().stream().map(JurisdictionWriter::row).toList();
		tx.run("""
				UNWIND $rows AS row
				MERGE (j:Jurisdiction {id: row.id})
				SET j.code = row.code, j.name = row.name, j.shortNames = row.shortNames, j.level = row.level,
				    j.parentCode = row.parentCode, j.englishName = row.englishName
				""", Map.of("rows", rows)).consume();
		tx.run("""
				UNWIND $rows AS row
				MATCH (j:Jurisdiction {id: row.id})
				OPTIONAL MATCH (j)-[old:PART_OF]->(was:Jurisdiction) WHERE was.code <> row.parentCode
				DELETE old
				WITH DISTINCT j, row WHERE row.parentCode IS NOT NULL
				MATCH (p:Jurisdiction {id: row.parentId})
				MERGE (j)-[:PART_OF]->(p)
				""", Map.of("rows", rows)).consume();
		tx.run("""
				MATCH (j:Jurisdiction) WHERE NOT j.id IN $ids
				  AND NOT EXISTS { (j)--(other) WHERE NOT other:Jurisdiction }
				DETACH DELETE j
				""", Map.of("ids", rows.stream().map(r -> r.get("id")).toList())).consume();
	}

	private static Map<String, Object> row(Jurisdiction j) {
		Map<String, Object> row = new HashMap<>();
		row.put("id", j.id());
		row.put("code", j.code());
		row.put("name", j.name());
		row.put("shortNames", j.shortNames());
		row.put("level", j.level().name());
		row.put("parentCode", j.parentCode());
		row.put("englishName", j.englishName());
		row.put("parentId", j.parentCode() == null ? null : Jurisdiction.idOf(j.parentCode()));
		return row;
	}

}
