package org.policygraph.document;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.policygraph.graphql.Batches;
import org.policygraph.graphql.Connection;
import org.policygraph.neo4j.Neo4jReads;
import org.policygraph.graphql.Page;
import org.policygraph.neo4j.Params;
import org.policygraph.jurisdiction.Jurisdiction;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * The jurisdiction a document belongs to (from its issuer, or its number's issuing-organ
 * prefix), and the documents of a jurisdiction.
 */
@Controller
class DocumentJurisdictionController {

	private final Neo4jReads reads;

	DocumentJurisdictionController(Neo4jReads reads) {
		this.reads = reads;
	}

	@BatchMapping(typeName = "Document", field = "jurisdiction")
	Map<Document, Jurisdiction> jurisdiction(List<Document> docs) {
		Map<String, Jurisdiction> byId = reads
			.list("""
					MATCH (d:Document) WHERE d.id IN $ids
					MATCH (j:Jurisdiction {code: d.jurisdictionCode})
					RETURN d.id AS id, j
					""", Map.of("ids", docs.stream().map(Document::id).distinct().toList()),
					r -> Map.entry(r.get("id").asString(), Jurisdiction.of(r.get("j").asNode())))
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		return Batches.one(docs, Document::id, byId);
	}

	/**
	 * One query per jurisdiction asked for: pages can't be batched across parents, and a
	 * request lists few jurisdictions with their documents.
	 */
	@SchemaMapping(typeName = "Jurisdiction", field = "documents")
	Connection<Document> documents(Jurisdiction jurisdiction, @Argument Integer first, @Argument String after) {
		Page page = Page.of(first, after);
		var rows = reads.single("""
				CALL () { MATCH (d:Document {jurisdictionCode: $code}) RETURN count(d) AS total }
				CALL () {
				  MATCH (d:Document {jurisdictionCode: $code}) WHERE $after IS NULL OR d.id > $after
				  WITH d ORDER BY d.id LIMIT $fetch
				  RETURN collect(d) AS docs
				}
				RETURN total, docs
				""", Params.of("code", jurisdiction.code(), "after", page.after(), "fetch", page.fetch()),
				r -> Map.entry(r.get("total").asInt(), r.get("docs").asList(v -> Document.of(v.asNode()))));
		return Connection.of(rows.getValue(), page, rows.getKey(), Document::id);
	}

}
