package org.policygraph.ingest.record;

/**
 * A development indicator row. Values are as printed ("76.5", ">98"); "—" or an empty
 * cell is null (not stated).
 *
 * @param domain the heading of the rows it is under, as printed (社会保险服务)
 * @param serviceDomain the name of the service list's domain that heading means (基本社会保险),
 * null when the document has no service list
 */
public record IndicatorRecord(String documentKey, int order, String name, String domain, String serviceDomain,
		String unit, String baseline, String target, String cumulative, SourceRef source) {
}
