package org.policygraph.document;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import org.policygraph.graphql.Batches;
import org.policygraph.graphql.Connection;
import org.policygraph.neo4j.Neo4jReads;
import org.policygraph.graphql.Page;
import org.policygraph.neo4j.Params;
import org.dataloader.DataLoader;
import org.policygraph.jurisdiction.Jurisdiction;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/**
 * The jurisdiction a document belongs to (from its issuer, or its number's issuing-organ
 * prefix), and the documents of a jurisdiction.
 */
@Controller
class DocumentJurisdictionController {

	private final Neo4jReads reads;

	DocumentJurisdictionController(Neo4jReads reads, BatchLoaderRegistry loaders) {
		this.reads = reads;
		// nested pages take arguments, which @BatchMapping can't carry: a keyed loader
		// batches them, as for the service item pages
		loaders.forTypePair(JurisdictionPage.class, Connection.class)
			.withName("jurisdictionDocumentPages")
			.registerMappedBatchLoader((keys, env) -> Mono.fromSupplier(() -> {
				Map<JurisdictionPage, Connection> result = new java.util.HashMap<>();
				keys.stream()
					.collect(Collectors.groupingBy(JurisdictionPage::page))
					.forEach((page, group) -> result.putAll(pages(page, group)));
				return result;
			}));
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

	/** One jurisdiction's page of documents. */
	record JurisdictionPage(String code, Page page) {
	}

	@SchemaMapping(typeName = "Jurisdiction", field = "documents")
	CompletableFuture<Connection> documents(Jurisdiction jurisdiction, @Argument Integer first, @Argument String after,
			DataLoader<JurisdictionPage, Connection> jurisdictionDocumentPages) {
		return jurisdictionDocumentPages.load(new JurisdictionPage(jurisdiction.code(), Page.of(first, after)));
	}

	/**
	 * The pages of many jurisdictions in one query per distinct page (first, after): a
	 * list of every province with its documents costs one round trip, not 34.
	 */
	private Map<JurisdictionPage, Connection> pages(Page page, List<JurisdictionPage> keys) {
		Map<String, Map.Entry<Integer, List<Document>>> byCode = new java.util.HashMap<>();
		reads.list("""
				UNWIND $codes AS code
				CALL (code) { MATCH (d:Document {jurisdictionCode: code}) RETURN count(d) AS total }
				CALL (code) {
				  MATCH (d:Document {jurisdictionCode: code}) WHERE $after IS NULL OR d.id > $after
				  WITH d ORDER BY d.id LIMIT $fetch
				  RETURN collect(d) AS docs
				}
				RETURN code, total, docs
				""",
				Params.of("codes", keys.stream().map(JurisdictionPage::code).distinct().toList(), "after", page.after(),
						"fetch", page.fetch()),
				r -> byCode.put(r.get("code").asString(),
						Map.entry(r.get("total").asInt(), r.get("docs").asList(v -> Document.of(v.asNode())))));
		Map<JurisdictionPage, Connection> result = new java.util.HashMap<>();
		for (JurisdictionPage key : keys) {
			var rows = byCode.getOrDefault(key.code(), Map.entry(0, List.of()));
			result.put(key, Connection.of(rows.getValue(), page, rows.getKey(), Document::id));
		}
		return result;
	}

}
