package org.policygraph.ingest.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A tab-separated table as extracted from the printed pages: the header, then rows, with
 * the page-break debris (repeated headers, blank lines, rows cut in two) repaired. The
 * table ends at the first non-blank line without a tab; a gazette issue that ends before
 * that was cut off inside the table (a single document's annex may end with its table).
 */
public final class Table {

	private Table() {
	}

	/**
	 * @param startsRow whether a first cell begins a new row (a 序号 or a domain heading),
	 * used to tell a row continued over a page break from a short row
	 * @param what the table's name for error messages
	 */
	public static List<TableRow> read(GazetteText text, int headerLine, Predicate<String> startsRow, String what) {
		return read(text, headerLine, startsRow, what, false);
	}

	/**
	 * @param mayEndTheFile whether the file may end with the table (a single document's
	 * annex), not only cut off inside it
	 */
	public static List<TableRow> read(GazetteText text, int headerLine, Predicate<String> startsRow, String what,
			boolean mayEndTheFile) {
		String header = text.line(headerLine).trimmed();
		int columns = header.split("\t", -1).length;
		List<SourceLine> lines = new ArrayList<>();
		int n = headerLine + 1;
		for (; n <= text.lineCount(); n++) {
			SourceLine line = text.line(n);
			if (!line.isBlank() && !line.text().contains("\t")) {
				break;
			}
			lines.add(line);
		}
		if (n > text.lineCount() && !mayEndTheFile) {
			throw text.error(text.lineCount(), "the file ends inside the " + what + " that starts at line " + headerLine
					+ "; expected more rows and then the text after the table");
		}
		checkEveryHeaderHasRows(text, headerLine, header, lines, what);
		List<SourceLine> content = TextRepair.dropRepeatedHeaders(TextRepair.dropBlankLines(lines), header);
		List<TableRow> rows = TextRepair.joinSplitRows(content, columns, startsRow);
		for (TableRow row : rows) {
			if (row.cells().size() != columns) {
				throw text.error(row.from(), "a row of the " + what + " has " + row.cells().size() + " cells; expected "
						+ columns + " like its header at line " + headerLine + " (" + header.replace('\t', '|') + ")");
			}
		}
		return rows;
	}

	private static void checkEveryHeaderHasRows(GazetteText text, int headerLine, String header, List<SourceLine> lines,
			String what) {
		int pending = headerLine;
		for (SourceLine line : lines) {
			if (line.isBlank()) {
				continue;
			}
			boolean isHeader = line.trimmed().equals(header);
			if (isHeader && pending != 0) {
				break;
			}
			pending = isHeader ? line.number() : 0;
		}
		if (pending != 0) {
			throw text.error(pending, "the " + what + " header at line " + pending + " has no rows below it");
		}
	}

}
