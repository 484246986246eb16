package org.policygraph.ingest.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policygraph.ingest.record.IndicatorRecord;
import org.policygraph.ingest.text.GazetteText;
import org.policygraph.ingest.text.Table;
import org.policygraph.ingest.text.TableRow;

/**
 * The development indicator table (指标 / 2015年 / 2020年 / 累计). A row whose value cells are
 * all empty names the domain of the rows below it. Values stay as printed ("76.5",
 * ">98"); "—" or an empty cell is null, meaning not stated.
 */
final class Indicators {

	private static final Pattern HEADER = Pattern.compile("指标\t\\d{4}年\t\\d{4}年\t累计");

	/** The unit is the last bracketed group: 文化馆（站）年服务人次（亿） keeps （站） in its name. */
	private static final Pattern UNIT = Pattern.compile("(.+)[（(]([^（()）]+)[）)]");

	private static final Pattern VALUE = Pattern.compile("[>＞<＜≥≤]?\\d+(\\.\\d+)?");

	private Indicators() {
	}

	static List<IndicatorRecord> read(GazetteText text, DocumentBlock block) {
		int header = headerLine(text, block);
		if (header == 0) {
			return List.of();
		}
		// any line may start an indicator row, so a row cut by a page break cannot be
		// told from a short one
		List<TableRow> rows = Table.read(text, header, cell -> true, "indicator table");
		List<IndicatorRecord> indicators = new ArrayList<>();
		String domain = null;
		for (TableRow row : rows) {
			if (row.cells().stream().skip(1).allMatch(String::isEmpty)) {
				domain = row.cell(0);
				continue;
			}
			if (domain == null) {
				throw text.error(row.from(), "indicator \"" + row.cell(0) + "\" comes before any domain row");
			}
			Matcher unit = UNIT.matcher(row.cell(0));
			String name = unit.matches() ? unit.group(1) : row.cell(0);
			indicators.add(new IndicatorRecord(block.key(), indicators.size() + 1, name, domain,
					unit.matches() ? unit.group(2) : null, value(text, row, 1), value(text, row, 2),
					value(text, row, 3), text.source(row.from(), row.to())));
		}
		return indicators;
	}

	private static String value(GazetteText text, TableRow row, int column) {
		String printed = row.cell(column);
		if (printed.isEmpty() || printed.matches("[—–\\-－]+")) {
			return null;
		}
		if (!VALUE.matcher(printed).matches()) {
			throw text.error(row.from(), "indicator value \"" + printed + "\" of " + row.cell(0)
					+ " is neither a number (like 76.5 or >98) nor —");
		}
		return printed;
	}

	private static int headerLine(GazetteText text, DocumentBlock block) {
		for (int n = block.from(); n <= block.to(); n++) {
			if (HEADER.matcher(text.line(n).trimmed()).matches()) {
				return n;
			}
		}
		return 0;
	}

}
