package org.policygraph.succession;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One reviewed row of {@code graph-seed/successions.tsv}.
 *
 * @param line the row's 1-based line in the file, for error messages and review
 * @param body the canonical name of the body the row is about (省卫生计生委)
 * @param to the canonical name of the body that took over, for successions; else null
 * @param on the date the source gives, or null when it gives none
 * @param source the plan's title and where the statement was published; null only for
 * {@link ReformEvent#UNSOURCED}
 * @param says the clause of the source that states the change, as printed
 * @param note the reviewer's remark (why a date is missing), or null
 */
public record ReformStatement(int line, String body, ReformEvent event, String to, LocalDate on, String source,
		String says, String note) {

	public Optional<SuccessionKind> kind() {
		return event.succession();
	}

	public boolean isSuccession() {
		return event.succession().isPresent();
	}

}
