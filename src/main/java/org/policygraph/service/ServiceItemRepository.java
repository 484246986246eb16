package org.policygraph.service;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.neo4j.driver.types.MapAccessor;
import org.policygraph.department.Department;
import org.policygraph.funding.Funding;
import org.policygraph.funding.FundingRole;
import org.policygraph.funding.FundingShare;
import org.policygraph.funding.Payer;
import org.policygraph.graphql.Connection;
import org.policygraph.graphql.Page;
import org.policygraph.neo4j.Neo4jReads;
import org.policygraph.neo4j.NodeValues;
import org.policygraph.neo4j.Params;
import org.springframework.stereotype.Repository;

/**
 * Reads service items: filtered pages, group-by counts, and the batched lookups behind
 * nested fields.
 */
@Repository
class ServiceItemRepository {

	/**
	 * The filter every list query shares. Absent conditions are null parameters, so the
	 * query text never depends on input; {@code $lead} and {@code $domain} arrive already
	 * resolved to canonical names.
	 */
	private static final String FILTER = """
			($domain IS NULL OR EXISTS { MATCH (s)-[:IN_DOMAIN]->(:Domain {name: $domain}) })
			AND ($lead IS NULL OR EXISTS { MATCH (:Organization {id: $lead})-[:LEADS]->(s) })
			AND ($pattern IS NULL OR s.fundingPattern = $pattern)
			AND ($text IS NULL OR s.name CONTAINS $text OR s.targetGroup CONTAINS $text
			     OR s.standard CONTAINS $text OR s.fundingText CONTAINS $text)
			AND all(x IN $payers WHERE EXISTS {
			      MATCH (s)-[f:FUNDED_BY]->(p:Payer {code: x.payer}) WHERE x.role IS NULL OR f.role = x.role })
			""";

	private final Neo4jReads reads;

	ServiceItemRepository(Neo4jReads reads) {
		this.reads = reads;
	}

	/**
	 * A filter with names already resolved: the lead department's id and the canonical
	 * domain name.
	 */
	record Filter(String domain, String lead, List<Map<String, Object>> payers, String pattern, String text) {

		Map<String, Object> params() {
			return Params.of("domain", domain, "lead", lead, "payers", payers, "pattern", pattern, "text", text);
		}

		/** Whether it keeps every item. */
		boolean isEmpty() {
			return domain == null && lead == null && (payers == null || payers.isEmpty()) && pattern == null
					&& text == null;
		}
	}

	Connection<ServiceItem> page(Filter filter, Page page) {
		Map<String, Object> params = filter.params();
		params.put("after", page.after());
		params.put("fetch", page.fetch());
		var result = reads.single("""
				CALL () { MATCH (s:ServiceItem) WHERE %s RETURN count(s) AS total }
				CALL () {
				  MATCH (s:ServiceItem) WHERE ($after IS NULL OR s.sortKey > $after) AND %s
				  WITH s ORDER BY s.sortKey LIMIT $fetch
				  RETURN collect(s) AS items
				}
				RETURN total, items
				""".formatted(FILTER, FILTER), params,
				r -> Map.entry(r.get("total").asInt(), r.get("items").asList(v -> ServiceItem.of(v.asNode()))));
		return Connection.of(result.getValue(), page, result.getKey(), ServiceItem::sortKey);
	}

	/**
	 * The item with a number: when several lists have it, the one from the earliest issue
	 * (the first list ingested is the reference most users mean), unless a document is
	 * named.
	 */
	ServiceItem byNo(int no, String documentKey) {
		return reads.single(withNo(documentKey) + "RETURN s", Params.of("no", no, "document", documentKey),
				r -> ServiceItem.of(r.get("s").asNode()));
	}

	/**
	 * The item {@link #byNo} answers, as {@code s}: a seek at any number of lists, by the
	 * indexes of V0010. ORDER BY both keys of (no, sortKey) lets the planner read that
	 * index in order and stop at the first entry; ORDER BY sortKey alone (the same order,
	 * no being fixed) makes it sort every list's item with the number. The seeks are
	 * hinted: on a small store the planner may prefer the index on no alone or a scan of
	 * the composite one, whose cost grows with the store (ServiceItemLookupIT).
	 */
	static String withNo(String documentKey) {
		return documentKey == null ? """
				MATCH (s:ServiceItem {no: $no})
				USING INDEX SEEK s:ServiceItem(no, sortKey)
				WHERE s.sortKey IS NOT NULL
				WITH s ORDER BY s.no, s.sortKey LIMIT 1
				""" : """
				MATCH (s:ServiceItem {documentKey: $document, no: $no})
				USING INDEX SEEK s:ServiceItem(documentKey, no)
				WITH s ORDER BY s.sortKey LIMIT 1
				""";
	}

	/**
	 * An item with its domain, funding shares and leads, for a request that asks for them
	 * (see the controller).
	 */
	record ItemWithNeighbours(ServiceItem item, Domain domain, List<FundingShare> shares, List<Department> leads) {
	}

	/**
	 * {@link #byNo} with the neighbours the request asked for in the same query: one
	 * round trip for a point lookup. Each neighbour is a fixed subquery, included or
	 * replaced by an empty list, never built from input.
	 */
	ItemWithNeighbours byNoWithNeighbours(int no, String documentKey, boolean domain, boolean shares, boolean leads) {
		String cypher = withNo(documentKey) + """
				RETURN s,
				""" + (domain ? "COLLECT { MATCH (s)-[:IN_DOMAIN]->(d:Domain) RETURN d }" : "[]") + """
				 AS domains,
				""" + (shares ? """
				COLLECT { MATCH (s)-[f:FUNDED_BY]->(p:Payer) WITH f, p ORDER BY f.order
				          RETURN {payer: p.code, role: f.role, locality: f.locality, rate: f.rate,
				                  scope: f.scope, condition: f.condition} }""" : "[]") + """
				 AS shares,
				"""
				+ (leads ? "COLLECT { MATCH (o:Department)-[l:LEADS]->(s) WITH o, l ORDER BY l.order RETURN o }" : "[]")
				+ " AS leads";
		return reads.single(cypher, Params.of("no", no, "document", documentKey),
				r -> new ItemWithNeighbours(ServiceItem.of(r.get("s").asNode()),
						r.get("domains").asList(v -> Domain.of(v.asNode())).stream().findFirst().orElse(null),
						r.get("shares").asList(ServiceItemRepository::share),
						r.get("leads").asList(v -> Department.department(v.asNode()))));
	}

	/**
	 * A funding share from a row or map with payer, role, locality, rate, scope and
	 * condition.
	 */
	private static FundingShare share(MapAccessor row) {
		return new FundingShare(Payer.valueOf(row.get("payer").asString()),
				FundingRole.valueOf(row.get("role").asString()), NodeValues.string(row, "locality"),
				NodeValues.string(row, "rate"), NodeValues.string(row, "scope"), NodeValues.string(row, "condition"));
	}

	record GroupRow(String key, String englishName, int count) {
	}

	List<GroupRow> countBy(Grouping grouping, Filter filter) {
		if (filter.isEmpty()) {
			return reads.list(countsOfEveryItem(grouping), EVERY_ITEM.params(), ServiceItemRepository::groupRow);
		}
		return countByItems(grouping, filter);
	}

	/** The filter that keeps every item. */
	static final Filter EVERY_ITEM = new Filter(null, null, List.of(), null, null);

	/**
	 * The statement {@link #countBy} runs without a filter, with the parameters of
	 * {@link #EVERY_ITEM}; its rows are {@code key, english, count}.
	 */
	static String countsOfEveryItem(Grouping grouping) {
		return grouping.unfiltered != null ? grouping.unfiltered
				: "MATCH (s:ServiceItem) WHERE " + FILTER + grouping.cypher;
	}

	/**
	 * Every item the filter keeps, grouped: what an unfiltered count by a dimension with
	 * {@link Grouping#unfiltered} answers alike from the dimension's nodes.
	 */
	List<GroupRow> countByItems(Grouping grouping, Filter filter) {
		return reads.list("MATCH (s:ServiceItem) WHERE " + FILTER + grouping.cypher, filter.params(),
				ServiceItemRepository::groupRow);
	}

	private static GroupRow groupRow(org.neo4j.driver.Record r) {
		return new GroupRow(r.get("key").asString(), r.get("english").isNull() ? null : r.get("english").asString(),
				r.get("count").asInt());
	}

	/** The group-by dimensions; each is a fixed query tail, never built from input. */
	enum Grouping {

		LEAD_DEPARTMENT("""
				MATCH (o:Organization)-[:LEADS]->(s)
				WITH o, count(DISTINCT s) AS count
				RETURN o.name AS key, o.englishName AS english, count
				ORDER BY count DESC, key, o.fullName
				"""), DOMAIN("""
				MATCH (s)-[:IN_DOMAIN]->(d:Domain)
				RETURN d.name AS key, d.englishName AS english, count(s) AS count, min(d.order) AS o
				ORDER BY o, key
				""",
				// the same rows from the few domains' degrees, without reading every
				// item:
				// only items are IN_DOMAIN (the writers create nothing else,
				// GraphInvariantsIT), and a domain without items has no row either way
				"""
						MATCH (d:Domain)
						WITH d.name AS key, d.englishName AS english,
						     sum(COUNT { (d)<-[:IN_DOMAIN]-() }) AS count, min(d.order) AS o
						WHERE count > 0
						RETURN key, english, count, o
						ORDER BY o, key
						"""),
		FUNDING_PATTERN("""
				RETURN s.fundingPattern AS key, null AS english, count(s) AS count
				ORDER BY count DESC, key
				"""), PAYER("""
				MATCH (s)-[f:FUNDED_BY]->(p:Payer)
				RETURN p.code + ':' + f.role AS key, p.englishName + ' — ' + toLower(f.role) AS english,
				       count(DISTINCT s) AS count
				ORDER BY count DESC, key
				""");

		private final String cypher;

		/** The whole store's counts read another way, or null. */
		private final String unfiltered;

		Grouping(String cypher) {
			this(cypher, null);
		}

		Grouping(String cypher, String unfiltered) {
			this.cypher = cypher;
			this.unfiltered = unfiltered;
		}

		String unfiltered() {
			return unfiltered;
		}

	}

	Map<String, Domain> domains(Collection<String> itemIds) {
		return reads
			.list("""
					MATCH (s:ServiceItem)-[:IN_DOMAIN]->(d:Domain) WHERE s.id IN $ids
					RETURN s.id AS id, d
					""", Map.of("ids", List.copyOf(itemIds)),
					r -> Map.entry(r.get("id").asString(), Domain.of(r.get("d").asNode())))
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	List<Domain> allDomains() {
		return reads.list("""
				MATCH (d:Domain) RETURN d ORDER BY d.order, d.name
				""", Map.of(), r -> Domain.of(r.get("d").asNode()));
	}

	/** Canonical domain name for a Chinese or English name, or null. */
	String domainName(String name) {
		return reads.single("""
				MATCH (d:Domain) WHERE d.name = $name OR toLower(d.englishName) = toLower($name)
				RETURN d.name AS name LIMIT 1
				""", Map.of("name", name), r -> r.get("name").asString());
	}

	Map<String, Integer> itemCounts(Collection<String> domainIds) {
		return reads
			.list("""
					MATCH (d:Domain) WHERE d.id IN $ids
					RETURN d.id AS id, COUNT { (d)<-[:IN_DOMAIN]-(:ServiceItem) } AS count
					""", Map.of("ids", List.copyOf(domainIds)),
					r -> Map.entry(r.get("id").asString(), r.get("count").asInt()))
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	Map<String, List<FundingShare>> shares(Collection<String> itemIds) {
		return reads.grouped("""
				MATCH (s:ServiceItem)-[f:FUNDED_BY]->(p:Payer) WHERE s.id IN $ids
				RETURN s.id AS id, p.code AS payer, f.role AS role, f.locality AS locality, f.rate AS rate,
				       f.scope AS scope, f.condition AS condition
				ORDER BY f.order
				""", Map.of("ids", List.copyOf(itemIds)), "id", ServiceItemRepository::share);
	}

	Map<String, List<Department>> leads(Collection<String> itemIds) {
		return reads.grouped("""
				MATCH (o:Department)-[l:LEADS]->(s:ServiceItem) WHERE s.id IN $ids
				RETURN s.id AS id, o ORDER BY l.order
				""", Map.of("ids", List.copyOf(itemIds)), "id", r -> Department.department(r.get("o").asNode()));
	}

	/**
	 * Whose items a nested page lists: the department that leads them, their domain or
	 * their document.
	 */
	enum Parent {

		DEPARTMENT("(:Organization {id: k.parent})-[:LEADS]->(s:ServiceItem)"),
		DOMAIN("(s:ServiceItem)-[:IN_DOMAIN]->(:Domain {id: k.parent})"),
		DOCUMENT("(s:ServiceItem)-[:LISTED_IN]->(:Document {id: k.parent})");

		private final String pattern;

		Parent(String pattern) {
			this.pattern = pattern;
		}

	}

	record ParentPage(Parent parent, String parentId, Page page) {
	}

	/** One query for all nested pages of one kind in a response level. */
	Map<ParentPage, Connection<ServiceItem>> pages(Parent parent, List<ParentPage> keys) {
		List<Map<String, Object>> params = keys.stream()
			.map(k -> Params.of("parent", k.parentId(), "after", k.page().after(), "fetch", k.page().fetch()))
			.toList();
		List<Map.Entry<Integer, List<ServiceItem>>> rows = reads.list("""
				UNWIND range(0, size($keys) - 1) AS i
				WITH i, $keys[i] AS k
				CALL (k) { MATCH %s RETURN count(s) AS total }
				CALL (k) {
				  // OPTIONAL: with nothing after the cursor, MATCH … ORDER BY … collect() gives no row at all
				  OPTIONAL MATCH %s WHERE k.after IS NULL OR s.sortKey > k.after
				  WITH s ORDER BY s.sortKey
				  // LIMIT can't vary per row; a slice can (each parent's list is short)
				  RETURN collect(s)[0..k.fetch] AS items
				}
				RETURN i, total, items ORDER BY i
				""".formatted(parent.pattern, parent.pattern), Map.of("keys", params),
				r -> Map.entry(r.get("total").asInt(), r.get("items").asList(v -> ServiceItem.of(v.asNode()))));
		Map<ParentPage, Connection<ServiceItem>> result = new HashMap<>();
		for (int i = 0; i < keys.size(); i++) {
			ParentPage key = keys.get(i);
			result.put(key,
					Connection.of(rows.get(i).getValue(), key.page(), rows.get(i).getKey(), ServiceItem::sortKey));
		}
		return result;
	}

	static Funding funding(ServiceItem item, List<FundingShare> shares) {
		return new Funding(item.fundingText(), item.fundingPattern(), shares == null ? List.of() : shares,
				item.earmarks());
	}

}
