package org.policygraph.ingest.text;

import java.util.List;

/**
 * One logical row of a tab-separated gazette table, possibly printed over several lines.
 */
public record TableRow(int from, int to, List<String> cells) {

	public TableRow {
		cells = List.copyOf(cells);
	}

	public String cell(int index) {
		return cells.get(index);
	}
}
