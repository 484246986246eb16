package org.policygraph.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.policygraph.document.Document;
import org.policygraph.document.DocumentRepository;
import org.policygraph.graphql.Batches;
import org.policygraph.graphql.Neo4jReads;
import org.policygraph.graphql.Params;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class PlanController {

	private final Neo4jReads reads;

	private final DocumentRepository documents;

	PlanController(Neo4jReads reads, DocumentRepository documents) {
		this.reads = reads;
		this.documents = documents;
	}

	@QueryMapping
	List<Indicator> indicators(@Argument String domain) {
		return reads.list("""
				MATCH (i:Indicator) WHERE $domain IS NULL OR i.domain = $domain
				RETURN i ORDER BY i.documentKey, i.order
				""", Params.of("domain", domain == null ? null : domain.strip()), r -> Indicator.of(r.get("i").asNode()));
	}

	@BatchMapping(typeName = "Document", field = "indicators")
	Map<Document, List<Indicator>> documentIndicators(List<Document> list) {
		Map<String, List<Indicator>> byKey = new HashMap<>();
		reads.list("""
				MATCH (i:Indicator) WHERE i.documentKey IN $keys RETURN i ORDER BY i.order
				""", Map.of("keys", list.stream().map(Document::key).distinct().toList()), r -> byKey
			.computeIfAbsent(r.get("i").asNode().get("documentKey").asString(), k -> new ArrayList<>())
			.add(Indicator.of(r.get("i").asNode())));
		return Batches.lists(list, Document::key, byKey);
	}

	@BatchMapping(typeName = "Document", field = "phasedTargets")
	Map<Document, List<PhasedTarget>> documentTargets(List<Document> list) {
		Map<String, List<PhasedTarget>> byKey = new HashMap<>();
		reads.list("""
				MATCH (t:PhasedTarget) WHERE t.documentKey IN $keys RETURN t ORDER BY t.targetYear
				""", Map.of("keys", list.stream().map(Document::key).distinct().toList()), r -> byKey
			.computeIfAbsent(r.get("t").asNode().get("documentKey").asString(), k -> new ArrayList<>())
			.add(PhasedTarget.of(r.get("t").asNode())));
		return Batches.lists(list, Document::key, byKey);
	}

	@BatchMapping(typeName = "Indicator", field = "document")
	Map<Indicator, Document> indicatorDocument(List<Indicator> list) {
		return Batches.one(list, Indicator::documentKey,
				documents.byKeys(list.stream().map(Indicator::documentKey).distinct().toList()));
	}

	@BatchMapping(typeName = "PhasedTarget", field = "document")
	Map<PhasedTarget, Document> targetDocument(List<PhasedTarget> list) {
		return Batches.one(list, PhasedTarget::documentKey,
				documents.byKeys(list.stream().map(PhasedTarget::documentKey).distinct().toList()));
	}
}
