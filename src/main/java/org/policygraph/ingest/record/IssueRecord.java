package org.policygraph.ingest.record;

import java.time.LocalDate;

/**
 * The masthead of one gazette issue, e.g. 吉林省人民政府公报 2017年第22期 (复总第762期), 2017-11-30.
 *
 * @param key a stable key such as "吉林省人民政府公报/2017/22"
 */
public record IssueRecord(String key, String title, int year, int number, int cumulativeNumber, LocalDate publishedOn,
		String publisher, SourceRef source) {
}
