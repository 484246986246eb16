package org.policygraph.ingest.write;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.TransactionContext;
import org.policygraph.ingest.record.AnnexRecord;
import org.policygraph.ingest.record.CitationRecord;
import org.policygraph.ingest.record.DocumentRecord;
import org.policygraph.ingest.record.DocumentScope;
import org.policygraph.ingest.record.Gazette;

/**
 * Documents with the issue that prints them, what they interpret, their annexes, their
 * citations and the documents they say they implement. A document is one node however
 * many issues print or cite it; a printed one carries its own titles, so that single
 * documents citing it by title alone find it ({@link TitleCitations}).
 */
final class DocumentWriter implements FactWriter {

	@Override
	public void write(TransactionContext tx, Batch batch) {
		List<Map<String, Object>> rows = new ArrayList<>();
		List<Map<String, Object>> annexes = new ArrayList<>();
		for (Gazette gazette : batch.gazettes()) {
			for (DocumentRecord doc : gazette.documents()) {
				rows.add(row(gazette, doc));
			}
			for (AnnexRecord annex : gazette.annexes()) {
				annexes.add(row(gazette, annex));
			}
		}
		writeDocuments(tx, rows);
		// a single document that cited one of these by title before the issue arrived
		// now cites it (a stand-in is found by its key, so this costs an index seek per
		// own title)
		TitleCitations.adoptStandIns(tx,
				rows.stream()
					.filter(row -> !(Boolean) row.get("citedOnly"))
					.map(row -> (String) row.get("id"))
					.toList());
		writeAnnexes(tx, annexes);
		writeCitations(tx,
				batch.gazettes().stream().flatMap(g -> g.citations().stream()).map(DocumentWriter::row).toList());
		writeImplementations(tx,
				batch.gazettes().stream().flatMap(g -> g.implementations().stream()).map(DocumentWriter::row).toList());
	}

	static Map<String, Object> row(Gazette gazette, DocumentRecord doc) {
		Map<String, Object> props = new HashMap<>();
		props.put("key", doc.key());
		props.put("number", doc.number());
		props.put("title", doc.title());
		props.put("kind", doc.kind().name());
		DocumentScope scope = gazette.scopes().get(doc.key());
		// a document known only by its number gets the issuer its prefix names (国发:
		// 国务院)
		props.put("issuer", doc.issuer() != null || scope == null ? doc.issuer() : scope.issuer());
		props.put("jurisdictionCode", scope == null ? null : scope.jurisdictionCode());
		props.put("issuedOn", doc.issuedOn());
		props.put("addressees", doc.addressees());
		props.put("citedOnly", doc.citedOnly());
		props.put("searchText", (doc.number() == null ? "" : doc.number() + " ") + doc.title());
		if (doc.source() != null) {
			props.putAll(Batch.source(doc.citedOnly() ? null : doc.key(), doc.source()));
		}
		if (!doc.citedOnly()) {
			props.put("ownTitles", gazette.ownTitles().getOrDefault(doc.key(), List.of()));
		}
		Map<String, Object> row = new HashMap<>();
		row.put("id", GraphIds.document(doc.key()));
		row.put("citedOnly", doc.citedOnly());
		row.put("props", props);
		row.put("issue", GraphIds.issue(gazette.issue().key()));
		row.put("interprets", doc.interprets() == null ? null : GraphIds.document(doc.interprets()));
		return row;
	}

	private static void writeDocuments(TransactionContext tx, List<Map<String, Object>> rows) {
		// A document known only by citation never overwrites what an issue printed in
		// full.
		tx.run("""
				UNWIND $rows AS row
				MERGE (d:Document {id: row.id})
				ON CREATE SET d += row.props
				ON MATCH SET d += CASE WHEN row.citedOnly AND d.citedOnly = false THEN {} ELSE row.props END
				WITH d, row
				WHERE NOT row.citedOnly
				MATCH (i:Issue {id: row.issue})
				MERGE (d)-[:PUBLISHED_IN]->(i)
				""", Map.of("rows", rows)).consume();
		// only the interpretations' ends go again, not every document's properties
		List<Map<String, Object>> interpretations = rows.stream()
			.filter(row -> row.get("interprets") != null)
			.map(row -> Map.of("id", row.get("id"), "interprets", row.get("interprets")))
			.toList();
		if (!interpretations.isEmpty()) {
			tx.run("""
					UNWIND $rows AS row
					MATCH (d:Document {id: row.id}), (target:Document {id: row.interprets})
					MERGE (d)-[:INTERPRETS]->(target)
					""", Map.of("rows", interpretations)).consume();
		}
	}

	static Map<String, Object> row(Gazette gazette, AnnexRecord annex) {
		Map<String, Object> row = new HashMap<>(Batch.source(annex.documentKey(), annex.source()));
		row.put("id", GraphIds.annex(annex.documentKey(), annex.no()));
		row.put("no", annex.no());
		row.put("title", annex.title());
		row.put("issueKey", gazette.issue().key());
		row.put("document", GraphIds.document(annex.documentKey()));
		return row;
	}

	private static void writeAnnexes(TransactionContext tx, List<Map<String, Object>> annexes) {
		tx.run("""
				UNWIND $rows AS row
				MATCH (d:Document {id: row.document})
				CREATE (d)-[:HAS_ANNEX]->(a:Annex)
				SET a = row
				REMOVE a.document
				""", Map.of("rows", annexes)).consume();
	}

	static Map<String, Object> row(CitationRecord citation) {
		Map<String, Object> row = new HashMap<>(Batch.source(citation.citingKey(), citation.source()));
		row.put("from", GraphIds.document(citation.citingKey()));
		row.put("to", GraphIds.document(citation.citedKey()));
		return row;
	}

	private static void writeImplementations(TransactionContext tx, List<Map<String, Object>> rows) {
		tx.run("""
				UNWIND $rows AS row
				MATCH (a:Document {id: row.from}), (b:Document {id: row.to})
				MERGE (a)-[r:IMPLEMENTS]->(b)
				SET r += row
				REMOVE r.from, r.to
				""", Map.of("rows", rows)).consume();
	}

	private static void writeCitations(TransactionContext tx, List<Map<String, Object>> rows) {
		tx.run("""
				UNWIND $rows AS row
				MATCH (a:Document {id: row.from}), (b:Document {id: row.to})
				MERGE (a)-[r:CITES]->(b)
				SET r += row
				REMOVE r.from, r.to
				""", Map.of("rows", rows)).consume();
	}

}
