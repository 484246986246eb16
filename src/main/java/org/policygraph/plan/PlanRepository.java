package org.policygraph.plan;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.policygraph.neo4j.Neo4jReads;
import org.policygraph.neo4j.Params;
import org.policygraph.service.Domain;
import org.springframework.stereotype.Repository;

/**
 * Reads indicators and phased targets, by domain or in batches by document. A domain is
 * the service list's Domain an indicator measures (by name or English name) or the table
 * heading as printed.
 */
@Repository
class PlanRepository {

	private final Neo4jReads reads;

	PlanRepository(Neo4jReads reads) {
		this.reads = reads;
	}

	List<Indicator> indicators(String domain) {
		return reads.list("""
				MATCH (i:Indicator)
				WHERE $domain IS NULL OR i.domain = $domain
				   OR EXISTS { MATCH (i)-[:MEASURES]->(d:Domain)
				               WHERE d.name = $domain OR toLower(d.englishName) = toLower($domain) }
				RETURN i ORDER BY i.documentKey, i.order
				""", Params.of("domain", domain), r -> Indicator.of(r.get("i").asNode()));
	}

	Map<String, List<Indicator>> indicatorsOfDocuments(Collection<String> documentKeys) {
		return reads.grouped("""
				MATCH (i:Indicator) WHERE i.documentKey IN $keys RETURN i.documentKey AS key, i ORDER BY i.order
				""", Map.of("keys", List.copyOf(documentKeys)), "key", r -> Indicator.of(r.get("i").asNode()));
	}

	Map<String, Domain> domainsOfIndicators(Collection<String> indicatorIds) {
		return reads.grouped("""
				MATCH (i:Indicator)-[:MEASURES]->(d:Domain) WHERE i.id IN $ids RETURN i.id AS id, d
				""", Map.of("ids", List.copyOf(indicatorIds)), "id", r -> Domain.of(r.get("d").asNode()))
			.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().getFirst()));
	}

	Map<String, List<PhasedTarget>> targetsOfDocuments(Collection<String> documentKeys) {
		return reads.grouped("""
				MATCH (t:PhasedTarget) WHERE t.documentKey IN $keys RETURN t.documentKey AS key, t ORDER BY t.targetYear
				""", Map.of("keys", List.copyOf(documentKeys)), "key", r -> PhasedTarget.of(r.get("t").asNode()));
	}

}
