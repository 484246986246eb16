package org.policygraph.plan;

import java.util.List;
import java.util.Map;

import org.policygraph.document.Document;
import org.policygraph.document.DocumentRepository;
import org.policygraph.graphql.Batches;
import org.policygraph.service.Domain;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class PlanController {

	private final PlanRepository plans;

	private final DocumentRepository documents;

	PlanController(PlanRepository plans, DocumentRepository documents) {
		this.plans = plans;
		this.documents = documents;
	}

	@QueryMapping
	List<Indicator> indicators(@Argument String domain) {
		return plans.indicators(domain == null ? null : domain.strip());
	}

	@BatchMapping(typeName = "Document", field = "indicators")
	Map<Document, List<Indicator>> documentIndicators(List<Document> list) {
		return Batches.lists(list, Document::key, plans.indicatorsOfDocuments(keys(list)));
	}

	@BatchMapping(typeName = "Document", field = "phasedTargets")
	Map<Document, List<PhasedTarget>> documentTargets(List<Document> list) {
		return Batches.lists(list, Document::key, plans.targetsOfDocuments(keys(list)));
	}

	@BatchMapping(typeName = "Indicator", field = "document")
	Map<Indicator, Document> indicatorDocument(List<Indicator> list) {
		return Batches.one(list, Indicator::documentKey,
				documents.byKeys(list.stream().map(Indicator::documentKey).distinct().toList()));
	}

	@BatchMapping(typeName = "Indicator", field = "serviceDomain")
	Map<Indicator, Domain> indicatorDomain(List<Indicator> list) {
		return Batches.one(list, Indicator::id,
				plans.domainsOfIndicators(list.stream().map(Indicator::id).distinct().toList()));
	}

	@BatchMapping(typeName = "PhasedTarget", field = "document")
	Map<PhasedTarget, Document> targetDocument(List<PhasedTarget> list) {
		return Batches.one(list, PhasedTarget::documentKey,
				documents.byKeys(list.stream().map(PhasedTarget::documentKey).distinct().toList()));
	}

	private static List<String> keys(List<Document> list) {
		return list.stream().map(Document::key).distinct().toList();
	}

}
