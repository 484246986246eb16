package org.policygraph.ingest.write;

import org.policygraph.ingest.record.Gazette;

/** Counts of what the write touched, for the log and the ingest command's output. */
public record WriteSummary(String issueKey, int documents, int serviceItems, int tasks, int indicators,
		int appointments, int citations) {

	static WriteSummary of(Gazette gazette) {
		return new WriteSummary(gazette.issue().key(), gazette.documents().size(), gazette.serviceItems().size(),
				gazette.tasks().size(), gazette.indicators().size(), gazette.appointments().size(),
				gazette.citations().size());
	}

}
