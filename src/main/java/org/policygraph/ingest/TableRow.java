package org.policygraph.ingest;

import java.util.List;

/**
 * One logical row of a tab-separated gazette table, possibly printed over several lines.
 */
record TableRow(int from, int to, List<String> cells) {

	TableRow {
		cells = List.copyOf(cells);
	}

	String cell(int index) {
		return cells.get(index);
	}
}
