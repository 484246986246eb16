package org.policygraph.explore;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.Value;
import org.policygraph.explore.ServiceItemRow.Share;
import org.policygraph.map.GraphLabels;
import org.policygraph.map.GraphView.GraphEdge;
import org.policygraph.map.GraphView.GraphNode;
import org.policygraph.map.GraphView;
import org.policygraph.neo4j.Neo4jReads;
import org.springframework.stereotype.Repository;

/**
 * Reads what the exports write: the whole graph in two queries, the service list in one.
 */
@Repository
class ExportRepository {

	private final Neo4jReads reads;

	ExportRepository(Neo4jReads reads) {
		this.reads = reads;
	}

	/**
	 * Every fact of the graph; the seed's and the migrations' bookkeeping nodes are not
	 * facts.
	 */
	GraphView wholeGraph() {
		List<GraphNode> nodes = reads.list("""
				MATCH (n)
				WHERE n.id IS NOT NULL AND NOT (n:SeedState OR n:__Migration)
				RETURN n ORDER BY n.id
				""", Map.of(), r -> GraphLabels.node(r.get("n").asNode()));
		List<GraphEdge> edges = reads.list("""
				MATCH (a)-[r]->(b)
				WHERE a.id IS NOT NULL AND b.id IS NOT NULL
				  AND NOT (a:SeedState OR a:__Migration OR b:SeedState OR b:__Migration)
				RETURN r, a.id AS source, b.id AS target ORDER BY source, type(r), target, r.order
				""", Map.of(), r -> GraphLabels.edge(r.get("r").asRelationship(), r.get("source").asString(),
				r.get("target").asString()));
		return new GraphView(nodes, edges);
	}

	List<ServiceItemRow> serviceItems() {
		return reads.list("""
				MATCH (s:ServiceItem)-[:IN_DOMAIN]->(d:Domain)
				RETURN s.no AS no, s.name AS name, d.name AS domain,
				       COLLECT { MATCH (o:Organization)-[l:LEADS]->(s) RETURN o.name ORDER BY l.order } AS leads,
				       s.fundingText AS fundingText, s.fundingPattern AS fundingPattern,
				       COLLECT {
				         MATCH (s)-[f:FUNDED_BY]->(p:Payer)
				         RETURN {payer: p.code, role: f.role, locality: f.locality, rate: f.rate, scope: f.scope,
				                 condition: f.condition} ORDER BY f.order
				       } AS shares
				ORDER BY s.sortKey
				""", Map.of(),
				r -> new ServiceItemRow(r.get("no").asInt(), r.get("name").asString(), r.get("domain").asString(),
						r.get("leads").asList(Value::asString), r.get("fundingText").asString(""),
						r.get("fundingPattern").asString(""), r.get("shares").asList(ExportRepository::share)));
	}

	private static Share share(Value v) {
		return new Share(v.get("payer").asString(), v.get("role").asString(),
				v.get("locality").isNull() ? null : v.get("locality").asString(),
				v.get("rate").isNull() ? null : v.get("rate").asString(),
				v.get("scope").isNull() ? null : v.get("scope").asString(),
				v.get("condition").isNull() ? null : v.get("condition").asString());
	}

}
