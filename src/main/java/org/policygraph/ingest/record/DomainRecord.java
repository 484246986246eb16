package org.policygraph.ingest.record;

/** One of the service list's domains (一、基本公共教育), in printed order. */
public record DomainRecord(int order, String name, String englishName, SourceRef source) {
}
