package org.policygraph.ingest.write;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.TransactionContext;
import org.policygraph.funding.FundingEarmark;
import org.policygraph.funding.FundingShare;
import org.policygraph.ingest.record.DomainRecord;
import org.policygraph.ingest.record.Gazette;
import org.policygraph.ingest.record.ServiceItemRecord;
import org.policygraph.ingest.record.SingleDocument;

/**
 * The service list: its domains (shared across issues), its items with their lead
 * departments and who pays for them, one FUNDED_BY per payer and clause with the clause's
 * scope and condition. A gazette issue's list and a single document's go the same way.
 */
final class ServiceListWriter implements FactWriter {

	/**
	 * The list of one issue or one single document.
	 *
	 * @param issueKey the issue it is printed in, or null for a single document
	 * @param date what orders its items among the other lists': the issue's date, or the
	 * single document's publication (else its signature's) date
	 */
	record Owner(String issueKey, LocalDate date, List<DomainRecord> domains, List<ServiceItemRecord> items) {

		static Owner of(Gazette gazette) {
			return new Owner(gazette.issue().key(), gazette.issue().publishedOn(), gazette.domains(),
					gazette.serviceItems());
		}

		static Owner of(SingleDocument document) {
			LocalDate published = document.details().publishedOn();
			return new Owner(null, published != null ? published : document.document().issuedOn(), document.domains(),
					document.serviceItems());
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
		Map<String, Map<String, Object>> domains = new LinkedHashMap<>();
		List<Map<String, Object>> items = new ArrayList<>();
		for (Owner owner : owners) {
			for (DomainRecord d : owner.domains()) {
				domains.put(d.name(), row(d));
			}
		}
		for (Owner owner : owners) {
			for (ServiceItemRecord item : owner.items()) {
				items.add(row(owner, item, batch));
			}
		}
		writeDomains(tx, List.copyOf(domains.values()));
		writeItems(tx, items);
	}

	static Map<String, Object> row(DomainRecord d) {
		Map<String, Object> row = new HashMap<>();
		row.put("id", GraphIds.domain(d.name()));
		row.put("name", d.name());
		row.put("englishName", d.englishName());
		row.put("order", d.order());
		return row;
	}

	private static void writeDomains(TransactionContext tx, List<Map<String, Object>> rows) {
		tx.run("""
				UNWIND $rows AS row
				MERGE (d:Domain {id: row.id})
				SET d += row
				""", Map.of("rows", rows)).consume();
	}

	static Map<String, Object> row(Owner owner, ServiceItemRecord item, Batch batch) {
		Map<String, Object> props = new HashMap<>(Batch.source(item.documentKey(), item.source()));
		props.put("no", item.no());
		props.put("name", item.name());
		props.put("targetGroup", item.targetGroup());
		props.put("standard", item.standard());
		props.put("fundingText", item.funding().text());
		props.put("fundingPattern", item.funding().pattern());
		// The earmarks are the item's own: three lists of the same length, left out when
		// there are none (on 99 in 100 items; the readers take a missing list as empty),
		// as the bulk importer can't store an empty list and setting 2.5 million of them
		// after a 10,000-issue import took a tenth of it.
		if (!item.funding().earmarks().isEmpty()) {
			props.put("earmarkFunds", item.funding().earmarks().stream().map(FundingEarmark::fund).toList());
			props.put("earmarkShares", item.funding().earmarks().stream().map(FundingEarmark::share).toList());
			props.put("earmarkPurposes", item.funding().earmarks().stream().map(FundingEarmark::purpose).toList());
		}
		props.put("issueKey", owner.issueKey());
		props.put("documentKey", item.documentKey());
		// Keyset pagination orders by this: lists by date, then the list's printed
		// order.
		props.put("sortKey", "%s|%s|%05d".formatted(owner.date(), item.documentKey(), item.no()));
		props.put("searchText",
				String.join(" ", item.name(), item.targetGroup(), item.standard(), item.funding().text()));
		List<Map<String, Object>> shares = new ArrayList<>();
		for (FundingShare share : item.funding().shares()) {
			shares.add(row(share, shares.size()));
		}
		Map<String, Object> row = new HashMap<>();
		props.put("id", GraphIds.serviceItem(item.documentKey(), item.no()));
		row.put("id", props.get("id"));
		row.put("props", props);
		row.put("domain", GraphIds.domain(item.domain()));
		row.put("document", GraphIds.document(item.documentKey()));
		row.put("leads", batch.unitIds(item.documentKey(), item.leadDepartments()).stream().distinct().toList());
		row.put("shares", shares);
		return row;
	}

	static Map<String, Object> row(FundingShare share, int order) {
		Map<String, Object> s = new HashMap<>();
		s.put("payer", GraphIds.payer(share.payer().name()));
		s.put("role", share.role().name());
		s.put("locality", share.locality());
		s.put("rate", share.rate());
		s.put("scope", share.scope());
		s.put("condition", share.condition());
		s.put("order", order);
		return s;
	}

	private static void writeItems(TransactionContext tx, List<Map<String, Object>> items) {
		// Items are new in this transaction (IssueWriter, or for a single document its
		// writer, deleted any earlier version), so
		// CREATE is exact and avoids MERGE's checks, which grow with the transaction's
		// size.
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
				  CREATE (s)-[:FUNDED_BY {role: share.role, locality: share.locality, rate: share.rate, scope: share.scope,
				                          condition: share.condition, order: share.order}]->(p)
				}
				""",
				Map.of("rows", items))
			.consume();
	}

}
