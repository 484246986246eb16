package org.policygraph.ingest.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policygraph.ingest.record.DomainRecord;
import org.policygraph.ingest.record.IndicatorRecord;
import org.policygraph.ingest.text.GazetteText;
import org.policygraph.ingest.text.Table;
import org.policygraph.ingest.text.TableRow;

/**
 * The development indicator table (指标 / 2015年 / 2020年 / 累计). A row whose value cells are
 * all empty names the domain of the rows below it. Values stay as printed ("76.5",
 * ">98"); "—" or an empty cell is null, meaning not stated. A heading links to the
 * service list's domain it means: the same name, or the same once the words every heading
 * may add or leave out (基本, 服务) are set aside — 社会保险服务 is 基本社会保险, 基本公共文化体育 is 基本公共文化体育服务.
 * A heading that means no domain of the list is an error.
 */
final class Indicators {

	private static final Pattern HEADER = Pattern.compile("指标\t\\d{4}年\t\\d{4}年\t累计");

	/** The unit is the last bracketed group: 文化馆（站）年服务人次（亿） keeps （站） in its name. */
	private static final Pattern UNIT = Pattern.compile("(.+)[（(]([^（()）]+)[）)]");

	private static final Pattern VALUE = Pattern.compile("[>＞<＜≥≤]?\\d+(\\.\\d+)?");

	private static final Pattern DASHES = Pattern.compile("[—–\\-－]+");

	private Indicators() {
	}

	private static final Pattern FILLER = Pattern.compile("基本|服务");

	static List<IndicatorRecord> read(GazetteText text, DocumentBlock block, List<DomainRecord> domains) {
		int header = headerLine(text, block);
		if (header == 0) {
			return List.of();
		}
		// any line may start an indicator row, so a row cut by a page break cannot be
		// told from a short one
		List<TableRow> rows = Table.read(text, header, cell -> true, "indicator table");
		List<IndicatorRecord> indicators = new ArrayList<>();
		String domain = null;
		String serviceDomain = null;
		for (TableRow row : rows) {
			if (row.cells().stream().skip(1).allMatch(String::isEmpty)) {
				domain = row.cell(0);
				serviceDomain = serviceDomain(text, row, domains);
				continue;
			}
			if (domain == null) {
				throw text.error(row.from(), "indicator \"" + row.cell(0) + "\" comes before any domain row");
			}
			Matcher unit = UNIT.matcher(row.cell(0));
			String name = unit.matches() ? unit.group(1) : row.cell(0);
			indicators.add(new IndicatorRecord(block.key(), indicators.size() + 1, name, domain, serviceDomain,
					unit.matches() ? unit.group(2) : null, value(text, row, 1), value(text, row, 2),
					value(text, row, 3), text.source(row.from(), row.to())));
		}
		return indicators;
	}

	private static String serviceDomain(GazetteText text, TableRow heading, List<DomainRecord> domains) {
		if (domains.isEmpty()) {
			return null;
		}
		String printed = heading.cell(0);
		for (DomainRecord domain : domains) {
			if (domain.name().equals(printed)) {
				return domain.name();
			}
		}
		String core = FILLER.matcher(printed).replaceAll("");
		List<String> meant = domains.stream()
			.map(DomainRecord::name)
			.filter(name -> FILLER.matcher(name).replaceAll("").equals(core))
			.toList();
		if (meant.size() != 1) {
			throw text.error(heading.from(),
					"indicator heading \"" + printed + "\" means " + (meant.isEmpty() ? "no domain" : "several domains")
							+ " of the service list; expected one of "
							+ domains.stream().map(DomainRecord::name).toList());
		}
		return meant.get(0);
	}

	private static String value(GazetteText text, TableRow row, int column) {
		String printed = row.cell(column);
		if (printed.isEmpty() || DASHES.matcher(printed).matches()) {
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
