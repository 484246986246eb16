package org.policygraph.ingest.record;

/**
 * A development indicator row. Values are as printed ("76.5", ">98"); "—" or an empty
 * cell is null (not stated).
 */
public record IndicatorRecord(String documentKey, int order, String name, String domain, String unit, String baseline,
		String target, String cumulative, SourceRef source) {
}
