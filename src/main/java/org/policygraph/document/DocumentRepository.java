package org.policygraph.document;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.policygraph.graphql.Connection;
import org.policygraph.graphql.Page;
import org.policygraph.neo4j.Neo4jReads;
import org.policygraph.neo4j.Params;
import org.springframework.stereotype.Repository;

/**
 * Reads documents and what hangs off them; every list method takes many keys and costs
 * one query.
 */
@Repository
public class DocumentRepository {

	private final Neo4jReads reads;

	DocumentRepository(Neo4jReads reads) {
		this.reads = reads;
	}

	// Two index seeks: an OR of two properties in one WHERE is planned as a scan of every
	// document.
	private static final String BY_NUMBER = """
			CALL () {
			  MATCH (d:Document {number: $number}) RETURN d
			  UNION
			  MATCH (d:Document {key: $number}) RETURN d
			}
			WITH d ORDER BY d.citedOnly LIMIT 1
			""";

	public Document byNumber(String normalisedNumber) {
		return reads.single(BY_NUMBER + "RETURN d", Map.of("number", normalisedNumber),
				r -> Document.of(r.get("d").asNode()));
	}

	/**
	 * A document with its annexes and the documents it cites, for a request that asks for
	 * them.
	 */
	public record DocumentWithNeighbours(Document document, List<Annex> annexes, List<Document> cites) {
	}

	/**
	 * {@link #byNumber} with the annexes and citations the request asked for in the same
	 * query: one round trip for a point lookup. Each is a fixed subquery or an empty
	 * list, never built from input.
	 */
	public DocumentWithNeighbours byNumberWithNeighbours(String normalisedNumber, boolean annexes, boolean cites) {
		return reads.single(BY_NUMBER + "RETURN d, "
				+ (annexes ? "COLLECT { MATCH (d)-[:HAS_ANNEX]->(a:Annex) WITH a ORDER BY a.no RETURN a }" : "[]")
				+ " AS annexes, "
				+ (cites ? "COLLECT { MATCH (d)-[c:CITES]->(o:Document) WITH c, o ORDER BY c.srcFrom, o.id RETURN o }"
						: "[]")
				+ " AS cites", Map.of("number", normalisedNumber),
				r -> new DocumentWithNeighbours(Document.of(r.get("d").asNode()),
						r.get("annexes").asList(v -> annex(v.asNode())),
						r.get("cites").asList(v -> Document.of(v.asNode()))));
	}

	private static Annex annex(org.neo4j.driver.types.Node node) {
		return new Annex(node.get("no").asInt(), node.get("title").asString(), Source.of(node));
	}

	public List<String> allNumbersAndTitles() {
		return reads.list("""
				MATCH (d:Document) RETURN coalesce(d.number, d.title) AS name
				""", Map.of(), r -> r.get("name").asString());
	}

	/**
	 * The filter of {@code documents(where:)}. Absent conditions are null parameters, so
	 * the query text never depends on input; {@code $cites} arrives normalised when it is
	 * a number, {@code $jurisdiction} as a code.
	 */
	private static final String FILTER = """
			($jurisdiction IS NULL OR d.jurisdictionCode = $jurisdiction)
			AND ($issuer IS NULL OR d.issuer CONTAINS $issuer)
			AND ($kind IS NULL OR d.kind = $kind)
			AND ($issuedFrom IS NULL OR d.issuedOn >= $issuedFrom)
			AND ($issuedTo IS NULL OR d.issuedOn <= $issuedTo)
			AND ($cites IS NULL OR EXISTS {
			      MATCH (d)-[:CITES]->(c:Document) WHERE c.key = $cites OR c.number = $cites OR c.title = $cites })
			AND ($text IS NULL OR d.title CONTAINS $text OR d.number CONTAINS $text)
			""";

	Connection<Document> page(DocumentWhere where, Page page) {
		Map<String, Object> params = Params.of("after", page.after(), "fetch", page.fetch(), "jurisdiction",
				where.jurisdiction(), "issuer", where.issuer(), "kind", where.kind(), "issuedFrom", where.issuedFrom(),
				"issuedTo", where.issuedTo(), "cites", where.cites(), "text", where.text());
		var rows = reads.single("""
				CALL () { MATCH (d:Document) WHERE %s RETURN count(d) AS total }
				CALL () {
				  MATCH (d:Document) WHERE ($after IS NULL OR d.id > $after) AND %s
				  WITH d ORDER BY d.id LIMIT $fetch
				  RETURN collect(d) AS docs
				}
				RETURN total, docs
				""".formatted(FILTER, FILTER), params,
				r -> Map.entry(r.get("total").asInt(), r.get("docs").asList(v -> Document.of(v.asNode()))));
		return Connection.of(rows.getValue(), page, rows.getKey(), Document::id);
	}

	public Map<String, Document> byKeys(Collection<String> keys) {
		return reads.list("""
				MATCH (d:Document) WHERE d.key IN $keys RETURN d
				""", Map.of("keys", List.copyOf(keys)), r -> Document.of(r.get("d").asNode()))
			.stream()
			.collect(Collectors.toMap(Document::key, d -> d, (a, b) -> a));
	}

	public Map<String, Document> byIds(Collection<String> ids) {
		return reads.list("""
				MATCH (d:Document) WHERE d.id IN $ids RETURN d
				""", Map.of("ids", List.copyOf(ids)), r -> Document.of(r.get("d").asNode()))
			.stream()
			.collect(Collectors.toMap(Document::id, d -> d));
	}

	/**
	 * Documents related to each given document by one relationship pattern, in a stable
	 * order.
	 */
	public Map<String, List<Document>> related(Collection<String> ids, Relation relation) {
		Map<String, List<Document>> result = reads
			.list(relation.cypher, Map.of("ids", List.copyOf(ids)),
					r -> Map.entry(r.get("id").asString(), r.get("docs").asList(v -> Document.of(v.asNode()))))
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		ids.forEach(id -> result.putIfAbsent(id, List.of()));
		return result;
	}

	/**
	 * The relationships between documents the API exposes, each as its own fixed query.
	 */
	public enum Relation {

		CITES("""
				MATCH (d:Document) WHERE d.id IN $ids
				OPTIONAL MATCH (d)-[c:CITES]->(o:Document)
				WITH d, o ORDER BY c.srcFrom, o.id
				RETURN d.id AS id, collect(o) AS docs
				"""), CITED_BY("""
				MATCH (d:Document) WHERE d.id IN $ids
				OPTIONAL MATCH (d)<-[:CITES]-(o:Document)
				WITH d, o ORDER BY o.id
				RETURN d.id AS id, collect(o) AS docs
				"""), IMPLEMENTS("""
				MATCH (d:Document) WHERE d.id IN $ids
				OPTIONAL MATCH (d)-[i:IMPLEMENTS]->(o:Document)
				WITH d, o ORDER BY i.srcFrom, o.id
				RETURN d.id AS id, collect(o) AS docs
				"""), IMPLEMENTED_BY("""
				MATCH (d:Document) WHERE d.id IN $ids
				OPTIONAL MATCH (d)<-[:IMPLEMENTS]-(o:Document)
				WITH d, o ORDER BY o.issuedOn, o.id
				RETURN d.id AS id, collect(o) AS docs
				"""), INTERPRETS("""
				MATCH (d:Document) WHERE d.id IN $ids
				OPTIONAL MATCH (d)-[:INTERPRETS]->(o:Document)
				RETURN d.id AS id, collect(o) AS docs
				"""), INTERPRETED_BY("""
				MATCH (d:Document) WHERE d.id IN $ids
				OPTIONAL MATCH (d)<-[:INTERPRETS]-(o:Document)
				WITH d, o ORDER BY o.id
				RETURN d.id AS id, collect(o) AS docs
				""");

		private final String cypher;

		Relation(String cypher) {
			this.cypher = cypher;
		}

	}

	public Map<String, Issue> issues(Collection<String> documentIds) {
		return reads
			.list("""
					MATCH (d:Document)-[:PUBLISHED_IN]->(i:Issue) WHERE d.id IN $ids
					RETURN d.id AS id, i
					""", Map.of("ids", List.copyOf(documentIds)),
					r -> Map.entry(r.get("id").asString(), Issue.of(r.get("i").asNode())))
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	public Map<String, List<Annex>> annexes(Collection<String> documentIds) {
		Map<String, List<Annex>> result = reads
			.list("""
					MATCH (d:Document) WHERE d.id IN $ids
					OPTIONAL MATCH (d)-[:HAS_ANNEX]->(a:Annex)
					WITH d, a ORDER BY a.no
					RETURN d.id AS id, collect(a) AS annexes
					""", Map.of("ids", List.copyOf(documentIds)),
					r -> Map.entry(r.get("id").asString(), r.get("annexes").asList(v -> annex(v.asNode()))))
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		documentIds.forEach(id -> result.putIfAbsent(id, List.of()));
		return result;
	}

	public List<Issue> issues() {
		return reads.list("""
				MATCH (i:Issue) RETURN i ORDER BY i.publishedOn, i.id
				""", Map.of(), r -> Issue.of(r.get("i").asNode()));
	}

	public Map<String, List<Document>> documentsOfIssues(Collection<String> issueIds) {
		Map<String, List<Document>> result = reads
			.list("""
					MATCH (i:Issue) WHERE i.id IN $ids
					OPTIONAL MATCH (d:Document)-[:PUBLISHED_IN]->(i)
					WITH i, d ORDER BY d.srcFrom
					RETURN i.id AS id, collect(d) AS docs
					""", Map.of("ids", List.copyOf(issueIds)),
					r -> Map.entry(r.get("id").asString(), r.get("docs").asList(v -> Document.of(v.asNode()))))
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		issueIds.forEach(id -> result.putIfAbsent(id, List.of()));
		return result;
	}

	public record BoardSeat(String personId, String personName, List<String> roles) {
	}

	public Map<String, List<BoardSeat>> editorialBoards(Collection<String> issueIds) {
		Map<String, List<BoardSeat>> result = reads.list("""
				MATCH (i:Issue) WHERE i.id IN $ids
				OPTIONAL MATCH (p:Person)-[r:ON_EDITORIAL_BOARD]->(i)
				WITH i, p, r ORDER BY r.srcFrom, p.name
				RETURN i.id AS id, collect({id: p.id, name: p.name, roles: r.roles}) AS seats
				""", Map.of("ids", List.copyOf(issueIds)),
				r -> Map.entry(r.get("id").asString(),
						r.get("seats")
							.asList(v -> v)
							.stream()
							.filter(v -> !v.get("id").isNull())
							.map(v -> new BoardSeat(v.get("id").asString(), v.get("name").asString(),
									v.get("roles").asList(x -> x.asString())))
							.toList()))
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		issueIds.forEach(id -> result.putIfAbsent(id, List.of()));
		return result;
	}

}
