package org.policygraph.ingest.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policygraph.ingest.text.ChineseNumerals;
import org.policygraph.ingest.text.GazetteText;
import org.policygraph.ingest.text.Paragraph;
import org.policygraph.ingest.text.SourceLine;

/**
 * The numbered structure of an opinion or notice: sections (三、重点任务) holding items ((一)
 * 健全标准体系。…). An item runs from its marker to the next marker or section heading, so
 * paragraphs cut by page breaks are joined; text under a heading before its first item is
 * the section's preamble.
 */
final class Outline {

	private static final Pattern MARKER = Pattern.compile("^[(（][" + ChineseNumerals.CHARACTERS + "]+[)）]\\s*");

	/** A paragraph's text after its item marker ((一), （二）), if it has one. */
	static String withoutMarker(String paragraph) {
		return MARKER.matcher(paragraph).replaceFirst("");
	}

	record Item(String numeral, Paragraph paragraph) {

		/** The text after the marker: "健全标准体系。加快研究…". */
		String text() {
			return withoutMarker(paragraph.text());
		}

		/** The short heading before the first 。: "健全标准体系". */
		String title() {
			String t = text();
			int stop = t.indexOf('。');
			return stop < 0 ? t : t.substring(0, stop);
		}
	}

	record Section(String numeral, String title, int line, Paragraph preamble, List<Item> items) {
	}

	private static final Pattern SECTION = Pattern.compile("([" + ChineseNumerals.CHARACTERS + "]+)、([^。\t]+)");

	private static final Pattern ITEM = Pattern.compile("[(（]([" + ChineseNumerals.CHARACTERS + "]+)[)）].*");

	private Outline() {
	}

	static List<Section> of(GazetteText text, int from, int to) {
		List<Section> sections = new ArrayList<>();
		String numeral = null;
		String title = null;
		int line = 0;
		Paragraph preamble = null;
		List<Item> items = new ArrayList<>();
		for (SourceLine source : text.lines(from, to)) {
			if (source.isBlank()) {
				continue;
			}
			Matcher section = SECTION.matcher(source.trimmed());
			Matcher item = ITEM.matcher(source.trimmed());
			if (section.matches()) {
				if (numeral != null) {
					sections.add(new Section(numeral, title, line, preamble, items));
				}
				numeral = section.group(1);
				title = section.group(2).strip();
				line = source.number();
				preamble = null;
				items = new ArrayList<>();
			}
			else if (numeral == null) {
				continue;
			}
			else if (item.matches()) {
				items.add(new Item(item.group(1), Paragraph.of(source)));
			}
			else if (!items.isEmpty()) {
				Item last = items.remove(items.size() - 1);
				items.add(new Item(last.numeral(), last.paragraph().continuedBy(source)));
			}
			else {
				preamble = preamble == null ? Paragraph.of(source) : preamble.continuedBy(source);
			}
		}
		if (numeral != null) {
			sections.add(new Section(numeral, title, line, preamble, items));
		}
		return sections;
	}

}
