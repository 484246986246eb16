package org.policygraph.ingest.record;

import java.util.List;

/**
 * A member of the editorial board (编辑委员会) with every role printed for them (主任,
 * 主编 ...).
 */
public record EditorialMemberRecord(String person, List<String> roles, SourceRef source) {

	public EditorialMemberRecord {
		roles = List.copyOf(roles);
	}
}
