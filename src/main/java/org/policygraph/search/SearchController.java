package org.policygraph.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.policygraph.document.Source;
import org.policygraph.graphql.BadRequestException;
import org.policygraph.map.NodeTypes;
import org.policygraph.neo4j.Neo4jReads;
import org.policygraph.succession.Successions;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class SearchController {

	static final int MAX_HITS = 50;

	static final int MAX_TEXT = 200;

	private final Neo4jReads reads;

	SearchController(Neo4jReads reads) {
		this.reads = reads;
	}

	@QueryMapping
	List<SearchHit> search(@Argument String text, @Argument Integer first) {
		String wanted = text == null ? "" : text.strip();
		if (wanted.isEmpty()) {
			throw new BadRequestException("\"text\" must not be empty, e.g. 法律援助");
		}
		if (wanted.length() > MAX_TEXT) {
			throw new BadRequestException("\"text\" is limited to " + MAX_TEXT + " characters");
		}
		String query = LuceneQueries.escape(wanted);
		if (query.isBlank()) {
			throw new BadRequestException("\"text\" has nothing to search for, e.g. 法律援助");
		}
		int limit = first == null ? 10 : first;
		if (limit < 1 || limit > MAX_HITS) {
			throw new BadRequestException("\"first\" must be between 1 and " + MAX_HITS);
		}
		List<SearchHit> hits = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		reads.list("""
				CALL db.index.fulltext.queryNodes('search_text', $query, {limit: $limit}) YIELD node, score
				OPTIONAL MATCH (p:Person)-[:HAS_APPOINTMENT]->(node)-[:AT]->(o:Organization)
				CALL (node) {
				  OPTIONAL MATCH (node:Organization)-[:SUCCEEDED_BY*1..%1$d]->(later:Department)
				  RETURN collect(DISTINCT later) AS later
				}
				CALL (node) {
				  OPTIONAL MATCH (node:Organization)<-[chain:SUCCEEDED_BY*1..%1$d]-(earlier:Department)
				  WHERE all(s IN chain WHERE s.kind <> 'FUNCTIONS_TRANSFERRED')
				  RETURN collect(DISTINCT earlier) AS earlier
				}
				RETURN node, score, p.id AS person, o.id AS organization, later, earlier
				ORDER BY score DESC, node.id
				""".formatted(Successions.MAX_CHAIN), Map.of("query", query, "limit", limit), r -> {
			var node = r.get("node").asNode();
			String searchText = node.get("searchText").asString("");
			double score = r.get("score").asDouble();
			add(hits, seen, new SearchHit(score, NodeTypes.toRecord(node, null, null),
					Snippets.around(searchText, wanted), Source.of(node)), node.get("id").asString(null));
			// A body is found by its later names and its earlier ones: 卫生健康委 finds the
			// 2017 省卫生计生委 it took over, right after the body that matched.
			String name = node.get("name").asString("");
			for (var later : r.get("later").asList(v -> v.asNode())) {
				add(hits, seen, related(score, later, later.get("name").asString() + "（承继" + name + "）"),
						later.get("id").asString());
			}
			for (var earlier : r.get("earlier").asList(v -> v.asNode())) {
				add(hits, seen, related(score, earlier, earlier.get("name").asString() + "（后为" + name + "）"),
						earlier.get("id").asString());
			}
			return node;
		});
		return hits.stream().limit(limit).toList();
	}

	private static SearchHit related(double score, org.neo4j.driver.types.Node node, String snippet) {
		return new SearchHit(score, NodeTypes.toRecord(node, null, null), snippet, null);
	}

	private static void add(List<SearchHit> hits, Set<String> seen, SearchHit hit, String id) {
		if (hit.node() != null && (id == null || seen.add(id))) {
			hits.add(hit);
		}
	}

}
