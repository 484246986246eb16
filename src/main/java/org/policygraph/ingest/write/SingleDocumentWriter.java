package org.policygraph.ingest.write;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.policygraph.ingest.record.OrganizationRecord;

import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.TransactionContext;
import org.policygraph.ingest.record.AnnexRecord;
import org.policygraph.ingest.record.CitationRecord;
import org.policygraph.ingest.record.DocumentDetails;
import org.policygraph.ingest.record.DocumentRecord;
import org.policygraph.ingest.record.SingleDocument;

/**
 * Writes single documents into the graph, several in one transaction: all of them or
 * none. A document is one node whatever the order files arrive in: it MERGEs on the id of
 * its number, so a node that citations created (citedOnly) becomes the document when it
 * arrives and keeps its citers, and the document's properties are set whole, so nothing
 * of the cited-only version survives. Re-writing a document replaces what it owns (its
 * tasks, service items, annexes, citations and implementation links) and changes nothing
 * else. A document printed in a gazette issue in the graph is the issue's: a single copy
 * of it is reported and not written.
 */
public final class SingleDocumentWriter {

	private static final TransactionConfig WRITE_TIMEOUT = TransactionConfig.builder()
		.withTimeout(Duration.ofMinutes(5))
		.build();

	private final Driver driver;

	public SingleDocumentWriter(Driver driver) {
		this.driver = driver;
	}

	/**
	 * What one document's write did.
	 *
	 * @param skipped why it was not written, or null
	 */
	public record DocumentSummary(String file, String documentKey, int tasks, int citations, int implementations,
			String skipped, List<String> unresolved) {

		public DocumentSummary {
			unresolved = List.copyOf(unresolved);
		}

	}

	public List<DocumentSummary> write(List<SingleDocument> documents, List<OrganizationRecord> organizations) {
		Map<String, SingleDocument> byKey = new LinkedHashMap<>();
		for (SingleDocument doc : documents) {
			byKey.remove(doc.key());
			byKey.put(doc.key(), doc);
		}
		List<SingleDocument> batch = List.copyOf(byKey.values());
		// the curated units and those the documents name (template and unverified ones),
		// each once; a unit name means what it meant in its document's jurisdiction
		Map<String, OrganizationRecord> byId = new LinkedHashMap<>();
		organizations.forEach(o -> byId.put(o.id(), o));
		batch.forEach(doc -> doc.organizations().forEach(o -> byId.putIfAbsent(o.id(), o)));
		Map<String, Map<String, String>> unitIds = new HashMap<>();
		batch.forEach(doc -> unitIds.put(doc.key(), doc.scope().unitIds()));
		Batch registry = new Batch(List.of(), List.copyOf(byId.values()), unitIds);
		try (var session = driver.session()) {
			return session.executeWrite(tx -> writeAll(tx, batch, registry), WRITE_TIMEOUT);
		}
	}

	private static List<DocumentSummary> writeAll(TransactionContext tx, List<SingleDocument> batch, Batch registry) {
		List<String> printedInIssues = tx.run("""
				UNWIND $ids AS id
				MATCH (d:Document {id: id})-[:PUBLISHED_IN]->(:Issue)
				RETURN d.id AS id
				""", Map.of("ids", batch.stream().map(doc -> GraphIds.document(doc.key())).toList()))
			.list(r -> r.get("id").asString());
		List<SingleDocument> writing = batch.stream()
			.filter(doc -> !printedInIssues.contains(GraphIds.document(doc.key())))
			.toList();
		new RegistryWriter().write(tx, registry);
		removeWhatTheDocumentsOwn(tx, writing);
		writeDocuments(tx, writing);
		Map<String, List<String>> unresolved = writeLinks(tx, writing);
		ServiceListWriter.write(tx, writing.stream().map(ServiceListWriter.Owner::of).toList(), registry);
		TaskWriter.write(tx, writing.stream().map(TaskWriter.Owner::of).toList(), registry);
		return batch.stream()
			.map(doc -> new DocumentSummary(doc.sourceFile(), doc.key(), doc.tasks().size(), doc.citations().size(),
					doc.implementations().size(),
					printedInIssues.contains(GraphIds.document(doc.key()))
							? "already in the graph as printed in a gazette issue; the issue's text is kept" : null,
					unresolved.getOrDefault(doc.key(), List.of())))
			.toList();
	}

	private static void removeWhatTheDocumentsOwn(TransactionContext tx, List<SingleDocument> batch) {
		tx.run("""
				UNWIND $ids AS id
				MATCH (d:Document {id: id})
				CALL (d) { MATCH (d)<-[:IN_DOCUMENT|LISTED_IN]-(n) DETACH DELETE n }
				CALL (d) { MATCH (d)-[:HAS_ANNEX]->(n) DETACH DELETE n }
				CALL (d) { MATCH (d)-[r:CITES|IMPLEMENTS]->() DELETE r }
				""", Map.of("ids", batch.stream().map(doc -> GraphIds.document(doc.key())).toList())).consume();
	}

	private static void writeDocuments(TransactionContext tx, List<SingleDocument> batch) {
		List<Map<String, Object>> documents = new ArrayList<>();
		List<Map<String, Object>> citedOnly = new ArrayList<>();
		List<Map<String, Object>> annexes = new ArrayList<>();
		for (SingleDocument doc : batch) {
			documents.add(Map.of("id", GraphIds.document(doc.key()), "props", documentProps(doc)));
			for (DocumentRecord cited : doc.citedOnly()) {
				Map<String, Object> props = new HashMap<>(Batch.source(null, cited.source()));
				props.put("id", GraphIds.document(cited.key()));
				props.put("key", cited.key());
				props.put("number", cited.number());
				props.put("title", cited.title());
				props.put("kind", cited.kind().name());
				props.put("addressees", List.of());
				props.put("citedOnly", true);
				props.put("searchText", (cited.number() == null ? "" : cited.number() + " ")
						+ (cited.title() == null ? "" : cited.title()));
				citedOnly.add(Map.of("id", props.get("id"), "props", props));
			}
			for (AnnexRecord annex : doc.annexes()) {
				Map<String, Object> row = new HashMap<>(Batch.source(annex.documentKey(), annex.source()));
				row.put("id", GraphIds.annex(annex.documentKey(), annex.no()));
				row.put("no", annex.no());
				row.put("title", annex.title());
				row.put("documentKey", annex.documentKey());
				annexes.add(Map.of("document", GraphIds.document(doc.key()), "props", row));
			}
		}
		tx.run("""
				UNWIND $rows AS row
				MERGE (d:Document {id: row.id})
				SET d = row.props
				""", Map.of("rows", documents)).consume();
		// A document known only by citation is created by its first citer and never
		// overwrites a document, cited-only or not: what it says does not depend on
		// the order files arrive in. A title's stand-in that a link does not need is
		// dropped after the links are written.
		tx.run("""
				UNWIND $rows AS row
				MERGE (d:Document {id: row.id})
				ON CREATE SET d = row.props
				""", Map.of("rows", citedOnly)).consume();
		TitleCitations.adoptStandIns(tx, documents.stream().map(row -> (String) row.get("id")).toList());
		tx.run("""
				UNWIND $rows AS row
				MATCH (d:Document {id: row.document})
				CREATE (d)-[:HAS_ANNEX]->(a:Annex)
				SET a = row.props
				""", Map.of("rows", annexes)).consume();
	}

	private static Map<String, Object> documentProps(SingleDocument doc) {
		DocumentRecord record = doc.document();
		DocumentDetails details = doc.details();
		Map<String, Object> props = new HashMap<>(Batch.source(record.key(), record.source()));
		props.put("id", GraphIds.document(record.key()));
		props.put("key", record.key());
		props.put("number", record.number());
		props.put("title", record.title());
		props.put("kind", record.kind().name());
		props.put("issuer", record.issuer());
		props.put("issuedOn", record.issuedOn());
		props.put("addressees", record.addressees());
		props.put("citedOnly", false);
		props.put("searchText", (record.number() == null ? "" : record.number() + " ") + record.title());
		props.put("form", details.form());
		props.put("indexNumber", details.indexNumber());
		props.put("publishedOn", details.publishedOn());
		props.put("topics", details.topics());
		props.put("validity", details.validity());
		props.put("signer", details.signer());
		props.put("note", details.note());
		props.put("copiedTo", details.copiedTo());
		props.put("printedBy", details.printedBy());
		props.put("printedOn", details.printedOn());
		props.put("numberPrefix", details.numberPrefix());
		props.put("jurisdictionCode", doc.scope().jurisdictionCode());
		props.put("sha256", doc.sha256());
		props.put("ownTitles", doc.ownTitles());
		return props;
	}

	/**
	 * @return per document key, what its citations by title could not resolve
	 */
	private static Map<String, List<String>> writeLinks(TransactionContext tx, List<SingleDocument> batch) {
		List<Map<String, Object>> cites = new ArrayList<>();
		List<Map<String, Object>> implementsRows = new ArrayList<>();
		for (SingleDocument doc : batch) {
			doc.citations().forEach(c -> cites.add(TitleCitations.row(c)));
			doc.implementations().forEach(c -> implementsRows.add(TitleCitations.row(c)));
		}
		Map<String, List<String>> unresolved = new HashMap<>();
		for (TitleCitations.Ambiguity ambiguity : TitleCitations.link(tx, cites, false)) {
			unresolved.computeIfAbsent(ambiguity.citingKey(), k -> new ArrayList<>()).add(ambiguity.report());
		}
		TitleCitations.link(tx, implementsRows, true);
		TitleCitations.dropUncitedStandIns(tx,
				batch.stream()
					.flatMap(doc -> doc.citedOnly().stream())
					.filter(cited -> cited.number() == null)
					.map(cited -> GraphIds.document(cited.key()))
					.toList());
		return unresolved;
	}

}
