package org.policygraph.ingest.write;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.TransactionContext;
import org.policygraph.ingest.record.Gazette;
import org.policygraph.ingest.record.IndicatorRecord;
import org.policygraph.ingest.record.PhasedTargetRecord;

/**
 * A plan's indicators, each linked to the service-list domain its heading means, and its
 * phased targets, each in the document that sets them.
 */
final class PlanTargetWriter implements FactWriter {

	@Override
	public void write(TransactionContext tx, Batch batch) {
		List<Map<String, Object>> indicators = new ArrayList<>();
		List<Map<String, Object>> targets = new ArrayList<>();
		for (Gazette gazette : batch.gazettes()) {
			for (IndicatorRecord ind : gazette.indicators()) {
				indicators.add(row(gazette, ind));
			}
			for (PhasedTargetRecord t : gazette.phasedTargets()) {
				targets.add(row(gazette, t));
			}
		}
		// the domains were written before (ServiceListWriter); a heading that means none
		// has no serviceDomain, and so no MEASURES
		tx.run("""
				UNWIND $rows AS row
				MATCH (doc:Document {id: row.document})
				CREATE (n:Indicator)-[:IN_DOCUMENT]->(doc)
				SET n = row.props
				WITH n, row
				CALL (n, row) {
				  MATCH (d:Domain {id: row.domain})
				  CREATE (n)-[:MEASURES]->(d)
				}
				""", Map.of("rows", indicators)).consume();
		tx.run("""
				UNWIND $rows AS row
				MATCH (doc:Document {id: row.document})
				CREATE (n:PhasedTarget)-[:IN_DOCUMENT]->(doc)
				SET n = row.props
				""", Map.of("rows", targets)).consume();
	}

	static Map<String, Object> row(Gazette gazette, IndicatorRecord ind) {
		Map<String, Object> props = new HashMap<>(Batch.source(ind.documentKey(), ind.source()));
		props.put("id", GraphIds.indicator(ind.documentKey(), ind.order()));
		props.put("order", ind.order());
		props.put("name", ind.name());
		props.put("domain", ind.domain());
		props.put("serviceDomain", ind.serviceDomain());
		props.put("unit", ind.unit());
		props.put("baseline", ind.baseline());
		props.put("target", ind.target());
		props.put("cumulative", ind.cumulative());
		props.put("issueKey", gazette.issue().key());
		props.put("documentKey", ind.documentKey());
		props.put("searchText", ind.name() + (ind.domain() == null ? "" : " " + ind.domain()));
		Map<String, Object> row = new HashMap<>();
		row.put("document", GraphIds.document(ind.documentKey()));
		row.put("domain", ind.serviceDomain() == null ? null : GraphIds.domain(ind.serviceDomain()));
		row.put("props", props);
		return row;
	}

	static Map<String, Object> row(Gazette gazette, PhasedTargetRecord t) {
		Map<String, Object> props = new HashMap<>(Batch.source(t.documentKey(), t.source()));
		props.put("id", GraphIds.phasedTarget(t.documentKey(), t.targetYear()));
		props.put("phase", t.phase());
		props.put("fromYear", t.fromYear());
		props.put("toYear", t.toYear());
		props.put("targetYear", t.targetYear());
		props.put("targets", t.targets());
		props.put("issueKey", gazette.issue().key());
		props.put("documentKey", t.documentKey());
		return Map.of("document", GraphIds.document(t.documentKey()), "props", props);
	}

}
