package org.policygraph.ingest.record;

import java.util.List;

/**
 * A phase of a plan with the targets it sets for its final year, e.g. 55号's
 * 试点示范期（2017—2018年）: by 2018, 5个以上装配式建筑产业基地 ...
 */
public record PhasedTargetRecord(String documentKey, String phase, int fromYear, int toYear, int targetYear,
		List<String> targets, SourceRef source) {

	public PhasedTargetRecord {
		targets = List.copyOf(targets);
	}
}
