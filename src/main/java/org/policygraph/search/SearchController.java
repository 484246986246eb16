package org.policygraph.search;

import java.util.List;
import java.util.Map;

import org.policygraph.document.Source;
import org.policygraph.graphql.BadRequestException;
import org.policygraph.map.NodeTypes;
import org.policygraph.neo4j.Neo4jReads;
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
		return reads.list("""
				CALL db.index.fulltext.queryNodes('search_text', $query, {limit: $limit}) YIELD node, score
				OPTIONAL MATCH (p:Person)-[:HAS_APPOINTMENT]->(node)-[:AT]->(o:Organization)
				RETURN node, score, p.id AS person, o.id AS organization
				ORDER BY score DESC, node.id
				""", Map.of("query", query, "limit", limit), r -> {
			var node = r.get("node").asNode();
			String searchText = node.get("searchText").asString("");
			return new SearchHit(r.get("score").asDouble(), NodeTypes.toRecord(node, null, null),
					Snippets.around(searchText, wanted), Source.of(node));
		}).stream().filter(hit -> hit.node() != null).toList();
	}

}
