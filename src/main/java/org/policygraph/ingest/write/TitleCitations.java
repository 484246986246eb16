package org.policygraph.ingest.write;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.TransactionContext;
import org.policygraph.ingest.record.CitationRecord;

/**
 * Documents cited by title alone (《…》 without a number), across files and in any order. A
 * citation goes to the document printed with exactly that title (or issuing that plan, or
 * with that annex) in the citing document's jurisdiction or one above it; until one
 * arrives, or while several answer, it goes to a stand-in keyed by the title, and the
 * several are reported, never guessed. When the document arrives, its stand-ins become
 * it: their citers in its jurisdiction or below cite the document, and a stand-in nobody
 * cites any more goes.
 */
final class TitleCitations {

	/**
	 * The citer's jurisdiction is the candidate's or lies below it, by the GB/T 2260 code
	 * itself (a province's divisions share its first two digits, a prefecture's its first
	 * four; 100000 is the nation's); a document without one is anybody's.
	 */
	private static final String IN_SCOPE = """
			(c.jurisdictionCode IS NULL OR t.jurisdictionCode IS NULL OR c.jurisdictionCode = t.jurisdictionCode
			 OR t.jurisdictionCode = '100000'
			 OR (t.jurisdictionCode ENDS WITH '0000' AND left(c.jurisdictionCode, 2) = left(t.jurisdictionCode, 2))
			 OR (t.jurisdictionCode ENDS WITH '00' AND left(c.jurisdictionCode, 4) = left(t.jurisdictionCode, 4)))
			""";

	private TitleCitations() {
	}

	static Map<String, Object> row(CitationRecord citation) {
		return Map.of("from", GraphIds.document(citation.citingKey()), "to", GraphIds.document(citation.citedKey()),
				"citing", citation.citingKey(), "key", citation.citedKey(), "byTitle", citation.citedNumber() == null,
				"props", Batch.source(citation.citingKey(), citation.source()));
	}

	/**
	 * Writes CITES (or IMPLEMENTS) for the rows; a citation by title goes to the one
	 * printed document of that title in scope, else to its stand-in.
	 * @return per citing document's key, the titles several documents answer to, with
	 * their numbers
	 */
	static List<Ambiguity> link(TransactionContext tx, List<Map<String, Object>> rows, boolean implementation) {
		String type = implementation ? "IMPLEMENTS" : "CITES";
		// A citation by number goes straight to its node; only those by title scan the
		// documents' own titles.
		tx.run("""
				UNWIND $rows AS row
				MATCH (c:Document {id: row.from}), (b:Document {id: row.to})
				MERGE (c)-[r:%s]->(b)
				SET r = row.props
				""".formatted(type),
				Map.of("rows", rows.stream().filter(row -> !(Boolean) row.get("byTitle")).toList()))
			.consume();
		return tx
			.run("""
					UNWIND $rows AS row
					MATCH (c:Document {id: row.from})
					CALL (c, row) {
					  OPTIONAL MATCH (t:Document {citedOnly: false})
					  WHERE t.id <> c.id AND row.key IN t.ownTitles AND %s
					  RETURN collect(t.id) AS titled, collect(coalesce(t.number, t.title)) AS names
					}
					MATCH (b:Document {id: CASE WHEN size(titled) = 1 THEN titled[0] ELSE row.to END})
					MERGE (c)-[r:%s]->(b)
					SET r = row.props
					WITH row, names WHERE size(names) > 1
					RETURN row.citing AS citing, row.key AS title, names
					""".formatted(IN_SCOPE, type),
					Map.of("rows", rows.stream().filter(row -> (Boolean) row.get("byTitle")).toList()))
			.list(r -> new Ambiguity(r.get("citing").asString(), r.get("title").asString(),
					r.get("names").asList(v -> v.asString())));
	}

	/**
	 * A title several printed documents in scope answer to.
	 */
	record Ambiguity(String citingKey, String title, List<String> candidates) {

		String report() {
			return "《" + title + "》 is the title of " + candidates.size() + " documents in scope ("
					+ String.join(", ", candidates.stream().sorted().toList())
					+ "); the citation was kept on the title alone, not guessed";
		}

	}

	/**
	 * The stand-ins of the arriving documents' own titles become those documents, unless
	 * another printed document has the same title (then the citation stays ambiguous).
	 */
	static void adoptStandIns(TransactionContext tx, List<String> documentIds) {
		// The other printed documents are scanned for the title only once a stand-in was
		// found: as a NOT EXISTS beside the stand-in's filter, a plan made on a nearly
		// empty store scanned them for every own title, 9 ms an issue in a 1,000-issue
		// ingest (30 ms with its first plans kept) against 2-3 ms now; a subquery runs
		// after the filter whatever the statistics say.
		tx.run("""
				UNWIND $ids AS id
				MATCH (t:Document {id: id})
				UNWIND coalesce(t.ownTitles, []) AS title
				MATCH (p:Document {key: title})
				WHERE p.citedOnly AND p.number IS NULL AND p.id <> t.id
				CALL (t, title) {
				  RETURN EXISTS { MATCH (o:Document {citedOnly: false}) WHERE o.id <> t.id AND title IN o.ownTitles } AS shared
				}
				WITH p, t WHERE NOT shared
				CALL (p, t) {
				  MATCH (c:Document)-[r:CITES]->(p) WHERE %1$s
				  MERGE (c)-[n:CITES]->(t)
				  SET n = properties(r)
				  DELETE r
				}
				CALL (p, t) {
				  MATCH (c:Document)-[r:IMPLEMENTS]->(p) WHERE %1$s
				  MERGE (c)-[n:IMPLEMENTS]->(t)
				  SET n = properties(r)
				  DELETE r
				}
				WITH DISTINCT p WHERE NOT EXISTS { (p)--() }
				DELETE p
				"""
			.formatted(IN_SCOPE), Map.of("ids", documentIds)).consume();
	}

	/** Stand-ins that no citation reaches any more (a title now resolved) go. */
	static void dropUncitedStandIns(TransactionContext tx, List<String> ids) {
		tx.run("""
				UNWIND $ids AS id
				MATCH (p:Document {id: id})
				WHERE p.citedOnly AND p.number IS NULL AND NOT EXISTS { (p)--() }
				DELETE p
				""", Map.of("ids", ids)).consume();
	}

}
