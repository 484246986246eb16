package org.policygraph.ingest.write;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.exceptions.RetryableException;
import org.policygraph.funding.FundingShare;
import org.policygraph.funding.Payer;
import org.policygraph.funding.PayerNames;
import org.policygraph.ingest.record.AnnexRecord;
import org.policygraph.ingest.record.AppointmentRecord;
import org.policygraph.ingest.record.DocumentRecord;
import org.policygraph.ingest.record.DomainRecord;
import org.policygraph.ingest.record.EditorialMemberRecord;
import org.policygraph.ingest.record.Gazette;
import org.policygraph.ingest.record.IndicatorRecord;
import org.policygraph.ingest.record.IssueRecord;
import org.policygraph.ingest.record.OrganizationRecord;
import org.policygraph.ingest.record.PhasedTargetRecord;
import org.policygraph.ingest.record.ServiceItemRecord;
import org.policygraph.ingest.record.SourceRef;
import org.policygraph.ingest.record.TaskRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes one gazette issue into the graph in a single write transaction, so an issue is
 * either wholly in the graph or not at all. Re-writing an issue replaces what it owns
 * (items, tasks, indicators, targets, appointments, its documents' links) and merges what
 * it shares with other issues (departments, people, domains, documents), so re-ingesting
 * the same file leaves the graph exactly as it was.
 */
public final class GazetteWriter {

	private static final Logger log = LoggerFactory.getLogger(GazetteWriter.class);

	/**
	 * How long an issue is retried after transient failures (deadlocks, a leader switch,
	 * a database restart). The driver's own retries stop after a few seconds so that
	 * reads fail fast in an outage; an issue can take longer than that to write once.
	 */
	static final Duration RETRY_WINDOW = Duration.ofMinutes(2);

	/**
	 * An issue is written in one transaction; the database's default timeout is meant for
	 * queries.
	 */
	private static final TransactionConfig WRITE_TIMEOUT = TransactionConfig.builder()
		.withTimeout(Duration.ofMinutes(5))
		.build();

	private final Driver driver;

	public GazetteWriter(Driver driver) {
		this.driver = driver;
	}

	/** Counts of what the write touched, for the log and the ingest command's output. */
	public record WriteSummary(String issueKey, int documents, int serviceItems, int tasks, int indicators,
			int appointments, int citations) {
	}

	/**
	 * @param extraState properties to set on the seed state node in the same transaction
	 * (the seed hash), so "issue written" and "seed recorded" can't disagree after a
	 * crash
	 */
	public WriteSummary write(Gazette gazette, List<OrganizationRecord> organizations, Map<String, Object> extraState) {
		return writeBatch(List.of(gazette), organizations, extraState).getFirst();
	}

	/**
	 * Writes several issues in one transaction: all of them or none. Every statement
	 * carries the rows of the whole batch, so a bulk load pays the fixed costs (round
	 * trips, the registry's MERGE, the commit) once per batch instead of once per issue.
	 * When the same issue appears twice, the later one wins, as it would written one
	 * after the other.
	 * @return one summary per distinct issue, in the order given
	 */
	public List<WriteSummary> writeBatch(List<Gazette> gazettes, List<OrganizationRecord> organizations,
			Map<String, Object> extraState) {
		Map<String, Gazette> byIssue = new LinkedHashMap<>();
		for (Gazette gazette : gazettes) {
			byIssue.remove(gazette.issue().key());
			byIssue.put(gazette.issue().key(), gazette);
		}
		List<Gazette> batch = List.copyOf(byIssue.values());
		Map<String, String> orgIds = organizations.stream()
			.collect(Collectors.toMap(OrganizationRecord::name, OrganizationRecord::id, (a, b) -> a));
		long giveUp = System.nanoTime() + RETRY_WINDOW.toNanos();
		for (int attempt = 1;; attempt++) {
			try (var session = driver.session()) {
				return session.executeWrite(tx -> writeAll(tx, batch, organizations, orgIds, extraState),
						WRITE_TIMEOUT);
			}
			catch (RuntimeException ex) {
				if (!(ex instanceof RetryableException) || System.nanoTime() > giveUp) {
					throw ex;
				}
				log.warn("Writing {} failed ({}); attempt {} in {} s", keys(batch), ex.getMessage(), attempt + 1,
						attempt);
				sleep(Duration.ofSeconds(attempt));
			}
		}
	}

	private static String keys(List<Gazette> batch) {
		return batch.size() == 1 ? batch.getFirst().issue().key() : batch.size() + " issues ("
				+ batch.getFirst().issue().key() + " … " + batch.getLast().issue().key() + ")";
	}

	private static List<WriteSummary> writeAll(TransactionContext tx, List<Gazette> batch,
			List<OrganizationRecord> organizations, Map<String, String> orgIds, Map<String, Object> extraState) {
		writeOrganizations(tx, organizations);
		writePayers(tx);
		writeIssues(tx, batch);
		removeWhatTheIssuesOwn(tx, batch);
		writeDocuments(tx, batch);
		writeCitations(tx, batch);
		writeServiceLists(tx, batch, orgIds);
		writeTasks(tx, batch, orgIds);
		writeIndicatorsAndTargets(tx, batch);
		writePeople(tx, batch, orgIds);
		if (!extraState.isEmpty()) {
			tx.run("""
					MERGE (s:SeedState {name: $name}) SET s += $state
					""", Map.of("name", extraState.getOrDefault("name", "graph-seed"), "state", extraState)).consume();
		}
		return batch.stream()
			.map(gazette -> new WriteSummary(gazette.issue().key(), gazette.documents().size(),
					gazette.serviceItems().size(), gazette.tasks().size(), gazette.indicators().size(),
					gazette.appointments().size(), gazette.citations().size()))
			.toList();
	}

	private static void sleep(Duration pause) {
		try {
			Thread.sleep(pause);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while waiting to retry a write", ex);
		}
	}

	private static void writeOrganizations(TransactionContext tx, List<OrganizationRecord> organizations) {
		List<Map<String, Object>> departments = new ArrayList<>();
		List<Map<String, Object>> companies = new ArrayList<>();
		for (OrganizationRecord org : organizations) {
			Map<String, Object> row = new HashMap<>();
			row.put("id", org.id());
			row.put("name", org.name());
			row.put("fullName", org.fullName());
			row.put("englishName", org.englishName());
			row.put("kind", org.kind());
			row.put("aliases", org.aliases());
			row.put("searchText", String.join(" ", org.name(), nullToEmpty(org.fullName()),
					String.join(" ", org.aliases()), nullToEmpty(org.englishName())));
			(org.company() ? companies : departments).add(row);
		}
		tx.run("""
				UNWIND $rows AS row
				MERGE (n:Department {id: row.id})
				SET n:Organization, n += row
				""", Map.of("rows", departments)).consume();
		tx.run("""
				UNWIND $rows AS row
				MERGE (n:Company {id: row.id})
				SET n:Organization, n += row
				""", Map.of("rows", companies)).consume();
	}

	private static void writePayers(TransactionContext tx) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (Payer payer : Payer.values()) {
			rows.add(Map.of("id", GraphIds.payer(payer.name()), "code", payer.name(), "name", PayerNames.chinese(payer),
					"englishName", PayerNames.english(payer), "order", payer.ordinal()));
		}
		tx.run("""
				UNWIND $rows AS row
				MERGE (p:Payer {id: row.id})
				SET p += row
				""", Map.of("rows", rows)).consume();
	}

	private static void writeIssues(TransactionContext tx, List<Gazette> batch) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (Gazette gazette : batch) {
			IssueRecord issue = gazette.issue();
			Map<String, Object> props = new HashMap<>();
			props.put("key", issue.key());
			props.put("title", issue.title());
			props.put("year", issue.year());
			props.put("number", issue.number());
			props.put("cumulativeNumber", issue.cumulativeNumber());
			props.put("publishedOn", issue.publishedOn());
			props.put("publisher", issue.publisher());
			props.put("sourceFile", gazette.sourceFile());
			props.put("sha256", gazette.sha256());
			props.putAll(source(null, issue.source()));
			rows.add(Map.of("id", GraphIds.issue(issue.key()), "props", props));
		}
		tx.run("""
				UNWIND $rows AS row
				MERGE (i:Issue {id: row.id})
				SET i += row.props
				""", Map.of("rows", rows)).consume();
	}

	/**
	 * Deletes what the issues own, found by issue key, and what hangs off the documents
	 * they print (the same document printed again in another issue moves to this one), so
	 * what follows can CREATE instead of MERGE. Owned ids all derive from a printed
	 * document's key, so no id written below can survive from elsewhere.
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
				    MATCH (d)-[r:CITES|INTERPRETS]->()
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

	private static void writeDocuments(TransactionContext tx, List<Gazette> batch) {
		List<Map<String, Object>> rows = new ArrayList<>();
		List<Map<String, Object>> annexes = new ArrayList<>();
		for (Gazette gazette : batch) {
			String issueId = GraphIds.issue(gazette.issue().key());
			for (DocumentRecord doc : gazette.documents()) {
				Map<String, Object> props = new HashMap<>();
				props.put("key", doc.key());
				props.put("number", doc.number());
				props.put("title", doc.title());
				props.put("kind", doc.kind().name());
				props.put("issuer", doc.issuer());
				props.put("issuedOn", doc.issuedOn());
				props.put("addressees", doc.addressees());
				props.put("citedOnly", doc.citedOnly());
				props.put("searchText", (doc.number() == null ? "" : doc.number() + " ") + doc.title());
				if (doc.source() != null) {
					props.putAll(source(doc.citedOnly() ? null : doc.key(), doc.source()));
				}
				Map<String, Object> row = new HashMap<>();
				row.put("id", GraphIds.document(doc.key()));
				row.put("citedOnly", doc.citedOnly());
				row.put("props", props);
				row.put("issue", issueId);
				row.put("interprets", doc.interprets() == null ? null : GraphIds.document(doc.interprets()));
				rows.add(row);
			}
			for (AnnexRecord annex : gazette.annexes()) {
				Map<String, Object> row = new HashMap<>(source(annex.documentKey(), annex.source()));
				row.put("id", GraphIds.annex(annex.documentKey(), annex.no()));
				row.put("no", annex.no());
				row.put("title", annex.title());
				row.put("issueKey", gazette.issue().key());
				row.put("document", GraphIds.document(annex.documentKey()));
				annexes.add(row);
			}
		}
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
		tx.run("""
				UNWIND $rows AS row
				WITH row WHERE row.interprets IS NOT NULL
				MATCH (d:Document {id: row.id}), (target:Document {id: row.interprets})
				MERGE (d)-[:INTERPRETS]->(target)
				""", Map.of("rows", rows)).consume();
		tx.run("""
				UNWIND $rows AS row
				MATCH (d:Document {id: row.document})
				CREATE (d)-[:HAS_ANNEX]->(a:Annex)
				SET a = row
				REMOVE a.document
				""", Map.of("rows", annexes)).consume();
	}

	private static void writeCitations(TransactionContext tx, List<Gazette> batch) {
		List<Map<String, Object>> rows = batch.stream().flatMap(g -> g.citations().stream()).map(c -> {
			Map<String, Object> row = new HashMap<>(source(c.citingKey(), c.source()));
			row.put("from", GraphIds.document(c.citingKey()));
			row.put("to", GraphIds.document(c.citedKey()));
			return row;
		}).toList();
		tx.run("""
				UNWIND $rows AS row
				MATCH (a:Document {id: row.from}), (b:Document {id: row.to})
				MERGE (a)-[r:CITES]->(b)
				SET r += row
				REMOVE r.from, r.to
				""", Map.of("rows", rows)).consume();
	}

	private static void writeServiceLists(TransactionContext tx, List<Gazette> batch, Map<String, String> orgIds) {
		Map<String, Map<String, Object>> domains = new LinkedHashMap<>();
		for (Gazette gazette : batch) {
			for (DomainRecord d : gazette.domains()) {
				Map<String, Object> row = new HashMap<>();
				row.put("id", GraphIds.domain(d.name()));
				row.put("name", d.name());
				row.put("englishName", d.englishName());
				row.put("order", d.order());
				domains.put(d.name(), row);
			}
		}
		tx.run("""
				UNWIND $rows AS row
				MERGE (d:Domain {id: row.id})
				SET d += row
				""", Map.of("rows", List.copyOf(domains.values()))).consume();

		List<Map<String, Object>> items = new ArrayList<>();
		for (Gazette gazette : batch) {
			for (ServiceItemRecord item : gazette.serviceItems()) {
				items.add(serviceItemRow(gazette, item, orgIds));
			}
		}
		// Items are new in this transaction (removeWhatTheIssuesOwn deleted any earlier
		// version), so CREATE is
		// exact and avoids MERGE's checks, which grow with the transaction's size.
		tx.run("""
				UNWIND $rows AS row
				MATCH (dom:Domain {id: row.domain}), (doc:Document {id: row.document})
				CREATE (s:ServiceItem)
				SET s = row.props
				CREATE (s)-[:IN_DOMAIN]->(dom)
				CREATE (s)-[:LISTED_IN]->(doc)
				WITH s, row
				CALL (s, row) {
				  UNWIND range(0, size(row.leads) - 1) AS i
				  MATCH (dep:Organization {id: row.leads[i]})
				  CREATE (dep)-[:LEADS {order: i}]->(s)
				}
				CALL (s, row) {
				  UNWIND row.shares AS share
				  MATCH (p:Payer {id: share.payer})
				  CREATE (s)-[:FUNDED_BY {role: share.role, locality: share.locality, rate: share.rate, order: share.order}]->(p)
				}
				""",
				Map.of("rows", items))
			.consume();
	}

	private static Map<String, Object> serviceItemRow(Gazette gazette, ServiceItemRecord item,
			Map<String, String> orgIds) {
		Map<String, Object> props = new HashMap<>(source(item.documentKey(), item.source()));
		props.put("no", item.no());
		props.put("name", item.name());
		props.put("targetGroup", item.targetGroup());
		props.put("standard", item.standard());
		props.put("fundingText", item.funding().text());
		props.put("fundingPattern", item.funding().pattern());
		props.put("issueKey", gazette.issue().key());
		props.put("documentKey", item.documentKey());
		// Keyset pagination orders by this: issues by date, then the list's printed
		// order.
		props.put("sortKey", "%s|%s|%05d".formatted(gazette.issue().publishedOn(), item.documentKey(), item.no()));
		props.put("searchText",
				String.join(" ", item.name(), item.targetGroup(), item.standard(), item.funding().text()));
		List<Map<String, Object>> shares = new ArrayList<>();
		for (FundingShare share : item.funding().shares()) {
			Map<String, Object> s = new HashMap<>();
			s.put("payer", GraphIds.payer(share.payer().name()));
			s.put("role", share.role().name());
			s.put("locality", share.locality());
			s.put("rate", share.rate());
			s.put("order", shares.size());
			shares.add(s);
		}
		Map<String, Object> row = new HashMap<>();
		props.put("id", GraphIds.serviceItem(item.documentKey(), item.no()));
		row.put("id", props.get("id"));
		row.put("props", props);
		row.put("domain", GraphIds.domain(item.domain()));
		row.put("document", GraphIds.document(item.documentKey()));
		row.put("leads", ids(item.leadDepartments(), orgIds).stream().distinct().toList());
		row.put("shares", shares);
		return row;
	}

	private static void writeTasks(TransactionContext tx, List<Gazette> batch, Map<String, String> orgIds) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (Gazette gazette : batch) {
			for (TaskRecord task : gazette.tasks()) {
				Map<String, Object> props = new HashMap<>(source(task.documentKey(), task.source()));
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
				row.put("units", ids(task.units(), orgIds).stream().distinct().toList());
				rows.add(row);
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

	private static void writeIndicatorsAndTargets(TransactionContext tx, List<Gazette> batch) {
		List<Map<String, Object>> indicators = new ArrayList<>();
		List<Map<String, Object>> targets = new ArrayList<>();
		for (Gazette gazette : batch) {
			for (IndicatorRecord ind : gazette.indicators()) {
				Map<String, Object> row = new HashMap<>(source(ind.documentKey(), ind.source()));
				row.put("id", GraphIds.indicator(ind.documentKey(), ind.order()));
				row.put("order", ind.order());
				row.put("name", ind.name());
				row.put("domain", ind.domain());
				row.put("unit", ind.unit());
				row.put("baseline", ind.baseline());
				row.put("target", ind.target());
				row.put("cumulative", ind.cumulative());
				row.put("issueKey", gazette.issue().key());
				row.put("documentKey", ind.documentKey());
				row.put("searchText", ind.name() + (ind.domain() == null ? "" : " " + ind.domain()));
				indicators.add(row);
			}
			for (PhasedTargetRecord t : gazette.phasedTargets()) {
				Map<String, Object> row = new HashMap<>(source(t.documentKey(), t.source()));
				row.put("id", GraphIds.phasedTarget(t.documentKey(), t.targetYear()));
				row.put("phase", t.phase());
				row.put("fromYear", t.fromYear());
				row.put("toYear", t.toYear());
				row.put("targetYear", t.targetYear());
				row.put("targets", t.targets());
				row.put("issueKey", gazette.issue().key());
				row.put("documentKey", t.documentKey());
				targets.add(row);
			}
		}
		tx.run("""
				UNWIND $rows AS row
				MATCH (doc:Document {id: 'Document:' + row.documentKey})
				CREATE (n:Indicator)-[:IN_DOCUMENT]->(doc)
				SET n = row
				""", Map.of("rows", indicators)).consume();
		tx.run("""
				UNWIND $rows AS row
				MATCH (doc:Document {id: 'Document:' + row.documentKey})
				CREATE (n:PhasedTarget)-[:IN_DOCUMENT]->(doc)
				SET n = row
				""", Map.of("rows", targets)).consume();
	}

	private static void writePeople(TransactionContext tx, List<Gazette> batch, Map<String, String> orgIds) {
		List<Map<String, Object>> board = new ArrayList<>();
		List<Map<String, Object>> appointments = new ArrayList<>();
		for (Gazette gazette : batch) {
			String issueId = GraphIds.issue(gazette.issue().key());
			for (EditorialMemberRecord m : gazette.editorialBoard()) {
				Map<String, Object> row = new HashMap<>(source(null, m.source()));
				row.put("id", GraphIds.person(m.person()));
				row.put("name", m.person());
				row.put("roles", m.roles());
				row.put("issue", issueId);
				board.add(row);
			}
			Map<String, Integer> perDecision = new LinkedHashMap<>();
			for (AppointmentRecord a : gazette.appointments()) {
				int index = perDecision.merge(a.decisionKey(), 1, Integer::sum);
				Map<String, Object> props = new HashMap<>(source(a.decisionKey(), a.source()));
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
				row.put("organization", ids(List.of(a.organization()), orgIds).getFirst());
				row.put("decision", GraphIds.document(a.decisionKey()));
				appointments.add(row);
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

	private static List<String> ids(List<String> names, Map<String, String> orgIds) {
		return names.stream().map(name -> {
			String id = orgIds.get(name);
			if (id == null) {
				// The parser resolves every mention against the same registry; reaching
				// this is a bug.
				throw new IllegalStateException("organisation " + name + " is not in the registry");
			}
			return id;
		}).toList();
	}

	private static Map<String, Object> source(String documentKey, SourceRef source) {
		Map<String, Object> props = new HashMap<>();
		props.put("srcDocument", documentKey);
		props.put("srcFile", source.file());
		props.put("srcFrom", source.fromLine());
		props.put("srcTo", source.toLine());
		props.put("srcText", source.text());
		return props;
	}

	private static String nullToEmpty(String s) {
		return s == null ? "" : s;
	}

}
