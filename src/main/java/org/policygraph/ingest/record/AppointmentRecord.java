package org.policygraph.ingest.record;

import java.time.LocalDate;

/**
 * One personnel action: 任命杜延华为省司法厅巡视员 gives (杜延华, APPOINT, 巡视员, 省司法厅).
 *
 * @param organization canonical name of the department or company
 * @param decisionKey the decision document's key (吉政干任〔2017〕37号)
 */
public record AppointmentRecord(String person, AppointmentAction action, String post, String organization,
		String decisionKey, LocalDate date, SourceRef source) {
}
