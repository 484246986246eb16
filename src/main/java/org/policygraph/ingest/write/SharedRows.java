package org.policygraph.ingest.write;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of shared nodes (the units the issues name, the generic parties) that earlier
 * batches of one run committed: a batch leaves out a row that is the same as one already
 * committed, since merging it again would change nothing. In a national corpus each batch
 * names a province's few hundred units again; merged every time, they were a tenth of the
 * write. A row that differs (a unit read with other aliases) is written as before, so the
 * graph is the same as without the memory.
 */
public final class SharedRows {

	private final boolean remembers;

	private final Map<String, Map<String, Object>> committed = new HashMap<>();

	private final Map<String, Map<String, Object>> pending = new HashMap<>();

	private SharedRows(boolean remembers) {
		this.remembers = remembers;
	}

	/** A memory for one run of batches, written one after the other. */
	public static SharedRows forRun() {
		return new SharedRows(true);
	}

	/** No memory: every row is written (a batch on its own). */
	static SharedRows none() {
		return new SharedRows(false);
	}

	/**
	 * The rows not committed before as they are, remembered as pending until the batch
	 * commits.
	 * @param kind what the ids identify (a label)
	 */
	List<Map<String, Object>> unwritten(String kind, List<Map<String, Object>> rows) {
		if (!remembers) {
			return rows;
		}
		return rows.stream().filter(row -> {
			String key = kind + ":" + row.get("id");
			if (row.equals(committed.get(key))) {
				return false;
			}
			pending.put(key, row);
			return true;
		}).toList();
	}

	/**
	 * A transaction for a batch begins (again, when the driver retries it): what an
	 * attempt before it remembered was not committed.
	 */
	void begin() {
		pending.clear();
	}

	/** The batch committed. */
	void committed() {
		committed.putAll(pending);
		pending.clear();
	}

}
