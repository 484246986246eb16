package org.policygraph.ingest.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policygraph.ingest.record.DomainRecord;
import org.policygraph.ingest.record.ServiceItemRecord;
import org.policygraph.ingest.text.ChineseNumerals;
import org.policygraph.ingest.text.GazetteText;
import org.policygraph.ingest.text.Table;
import org.policygraph.ingest.text.TableRow;
import org.policygraph.ingest.text.TextRepair;

/**
 * The basic public service list (Annex 1 of 52号): domain rows (一、基本公共教育) followed by
 * numbered items with 服务项目 / 服务对象 / 服务标准 / 支出责任 / 牵头负责单位. Cells are repaired before they
 * are read, the funding sentence goes to the funding grammar and the lead cell to the
 * department registry.
 */
final class ServiceList {

	static final String HEADER = "序号\t服务项目\t服务对象\t服务标准\t支出责任\t牵头负责单位";

	private static final Pattern DOMAIN = Pattern.compile("([" + ChineseNumerals.CHARACTERS + "]+)、(.+)");

	private static final Pattern DIGITS = Pattern.compile("\\d+");

	/**
	 * The eight domains of the national basic public service system, as the list names
	 * them.
	 */
	private static final Map<String, String> ENGLISH = Map.of("基本公共教育", "Basic public education", "基本劳动就业创业",
			"Basic employment and entrepreneurship", "基本社会保险", "Basic social insurance", "基本医疗卫生",
			"Basic medical and health services", "基本社会服务", "Basic social services", "基本住房保障", "Basic housing security",
			"基本公共文化体育服务", "Basic public cultural and sports services", "残疾人基本公共服务",
			"Basic public services for persons with disabilities");

	record Read(List<DomainRecord> domains, List<ServiceItemRecord> items) {
	}

	private ServiceList() {
	}

	static Read read(Lookups lookups, DocumentBlock block) {
		return read(lookups, block, false);
	}

	/**
	 * @param mayEndTheFile whether the file may end with the list (a single document's
	 * annex)
	 */
	static Read read(Lookups lookups, DocumentBlock block, boolean mayEndTheFile) {
		GazetteText text = lookups.text();
		int header = headerLine(text, block);
		if (header == 0) {
			return new Read(List.of(), List.of());
		}
		List<TableRow> rows = Table.read(text, header, ServiceList::startsRow, "service list", mayEndTheFile);
		List<DomainRecord> domains = new ArrayList<>();
		List<ServiceItemRecord> items = new ArrayList<>();
		for (TableRow row : rows) {
			Matcher domain = DOMAIN.matcher(row.cell(0));
			if (domain.matches() && row.cells().stream().skip(1).allMatch(String::isEmpty)) {
				checkLastDomainHasItems(text, domains, items);
				domains.add(domain(text, row, domain, domains.size() + 1));
				continue;
			}
			if (!DIGITS.matcher(row.cell(0)).matches()) {
				throw text.error(row.from(), "序号 \"" + row.cell(0) + "\" of the service list is not a number");
			}
			if (domains.isEmpty()) {
				throw text.error(row.from(),
						"service item " + row.cell(0) + " comes before any domain row like 一、基本公共教育");
			}
			int no = Integer.parseInt(row.cell(0));
			checkSequence(text, row, no, items);
			items.add(item(lookups, block.key(), row, no, domains.get(domains.size() - 1).name()));
		}
		checkLastDomainHasItems(text, domains, items);
		return new Read(domains, items);
	}

	private static ServiceItemRecord item(Lookups lookups, String documentKey, TableRow row, int no, String domain) {
		List<String> cells = row.cells().stream().map(TextRepair::joinBrokenWords).toList();
		return new ServiceItemRecord(documentKey, no, domain, cells.get(1), cells.get(2), cells.get(3),
				lookups.funding(cells.get(4), row.from()), lookups.units(cells.get(5), row.from()),
				lookups.text().source(row.from(), row.to()));
	}

	private static DomainRecord domain(GazetteText text, TableRow row, Matcher domain, int expected) {
		int order = ChineseNumerals.parse(domain.group(1));
		String name = TextRepair.joinBrokenWords(domain.group(2));
		if (order != expected) {
			throw text.error(row.from(), "domain row \"" + row.cell(0) + "\" is out of order; expected domain number "
					+ expected + " here (is a domain row missing?)");
		}
		String english = ENGLISH.get(name);
		if (english == null) {
			throw text.error(row.from(),
					"unknown service domain \"" + name + "\"; expected one of " + ENGLISH.keySet());
		}
		return new DomainRecord(order, name, english, text.source(row.from(), row.to()));
	}

	/**
	 * Items are numbered 1, 2, 3 … through all domains; a number seen before is a
	 * duplicate.
	 */
	private static void checkSequence(GazetteText text, TableRow row, int no, List<ServiceItemRecord> items) {
		int expected = items.size() + 1;
		if (no >= 1 && no < expected) {
			throw text.error(row.from(), "service item " + no + " appears twice (first at line "
					+ items.get(no - 1).source().fromLine() + ")");
		}
		if (no != expected) {
			throw text.error(row.from(), "service items out of sequence: expected item " + expected + ", found " + no);
		}
	}

	private static void checkLastDomainHasItems(GazetteText text, List<DomainRecord> domains,
			List<ServiceItemRecord> items) {
		if (domains.isEmpty()) {
			return;
		}
		DomainRecord last = domains.get(domains.size() - 1);
		if (items.isEmpty() || !items.get(items.size() - 1).domain().equals(last.name())) {
			throw text.error(last.source().fromLine(), "service domain " + last.name() + " has no items");
		}
	}

	private static boolean startsRow(String firstCell) {
		return firstCell.matches("\\d+") || DOMAIN.matcher(firstCell).matches();
	}

	private static int headerLine(GazetteText text, DocumentBlock block) {
		for (int n = block.from(); n <= block.to(); n++) {
			if (text.line(n).trimmed().equals(HEADER)) {
				return n;
			}
		}
		return 0;
	}

}
