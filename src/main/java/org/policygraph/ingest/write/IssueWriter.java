package org.policygraph.ingest.write;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.TransactionContext;
import org.policygraph.ingest.record.Gazette;
import org.policygraph.ingest.record.IssueRecord;

/**
 * The issue nodes, and the removal of everything the issues owned from an earlier write,
 * so that the writers after this one can CREATE instead of MERGE.
 */
final class IssueWriter implements FactWriter {

	@Override
	public void write(TransactionContext tx, Batch batch) {
		tx.run("""
				UNWIND $rows AS row
				MERGE (i:Issue {id: row.id})
				SET i += row.props
				""", Map.of("rows", batch.gazettes().stream().map(IssueWriter::row).toList())).consume();
		removeWhatTheIssuesOwn(tx, batch.gazettes());
	}

	static Map<String, Object> row(Gazette gazette) {
		IssueRecord issue = gazette.issue();
		Map<String, Object> props = new HashMap<>();
		props.put("key", issue.key());
		props.put("title", issue.title());
		props.put("year", issue.year());
		props.put("number", issue.number());
		props.put("cumulativeNumber", issue.cumulativeNumber());
		props.put("publishedOn", issue.publishedOn());
		props.put("publisher", issue.publisher());
		props.put("issn", issue.issn());
		props.put("cn", issue.cn());
		props.put("frequency", issue.frequency());
		props.put("editorialOffice", issue.editorialOffice());
		props.put("sponsor", issue.sponsor());
		// a property holds no maps: the contact lines are two lists of the same length
		props.put("contactLabels", issue.contacts().stream().map(IssueRecord.Contact::label).toList());
		props.put("contactValues", issue.contacts().stream().map(IssueRecord.Contact::value).toList());
		props.put("sourceFile", gazette.sourceFile());
		props.put("sha256", gazette.sha256());
		props.putAll(Batch.source(null, issue.source()));
		return Map.of("id", GraphIds.issue(issue.key()), "props", props);
	}

	/**
	 * Deletes what the issues own, found by issue key, and what hangs off the documents
	 * they print (the same document printed again in another issue moves to this one), so
	 * what follows can CREATE instead of MERGE. Owned ids all derive from a printed
	 * document's key, so no id written below can survive from elsewhere. A writer of a
	 * new kind of owned fact adds its label here.
	 */
	private static void removeWhatTheIssuesOwn(TransactionContext tx, List<Gazette> batch) {
		List<Map<String, Object>> issues = batch.stream()
			.map(g -> Map.<String, Object>of("key", g.issue().key(), "id", GraphIds.issue(g.issue().key())))
			.toList();
		List<String> documentIds = batch.stream()
			.flatMap(g -> g.documents().stream())
			.filter(doc -> !doc.citedOnly())
			.map(doc -> GraphIds.document(doc.key()))
			.toList();
		// Labels can't be parameters; the labels below are fixed, never user input.
		tx.run("""
				CALL {
				  UNWIND $issues AS issue
				  CALL (issue) { MATCH (n:ServiceItem {issueKey: issue.key}) DETACH DELETE n }
				  CALL (issue) { MATCH (n:Task {issueKey: issue.key}) DETACH DELETE n }
				  CALL (issue) { MATCH (n:Indicator {issueKey: issue.key}) DETACH DELETE n }
				  CALL (issue) { MATCH (n:PhasedTarget {issueKey: issue.key}) DETACH DELETE n }
				  CALL (issue) { MATCH (n:Appointment {issueKey: issue.key}) DETACH DELETE n }
				  CALL (issue) { MATCH (n:Annex {issueKey: issue.key}) DETACH DELETE n }
				  MATCH (i:Issue {id: issue.id})
				  CALL (i) {
				    MATCH (d:Document)-[:PUBLISHED_IN]->(i)
				    MATCH (d)-[r:CITES|INTERPRETS|IMPLEMENTS]->()
				    DELETE r
				  }
				  CALL (i) {
				    MATCH (:Person)-[r:ON_EDITORIAL_BOARD]->(i)
				    DELETE r
				  }
				}
				CALL {
				  UNWIND $documentIds AS documentId
				  MATCH (d:Document {id: documentId})
				  CALL (d) { MATCH (d)<-[:LISTED_IN|IN_DOCUMENT|DECIDED_BY]-(n) DETACH DELETE n }
				  CALL (d) { MATCH (d)-[:HAS_ANNEX]->(n) DETACH DELETE n }
				}
				""", Map.of("issues", issues, "documentIds", documentIds)).consume();
	}

}
