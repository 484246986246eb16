package org.policygraph.ingest.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policygraph.document.DocumentNumbers;
import org.policygraph.ingest.record.CitationRecord;
import org.policygraph.ingest.record.SourceRef;
import org.policygraph.ingest.text.GazetteText;
import org.policygraph.ingest.text.SourceLine;

/**
 * Which documents a document says it implements: 为贯彻落实《…》（…号）, 根据《…》, 按照《…》 (and the same
 * with the title in words and the number in brackets), or a title such as
 * 关于印发…落实《X》实施方案的通知. Each implemented document is one the document also cites, so an
 * implementation is a citation with a stronger meaning; a phrase whose document is not
 * among the citations (a title in words only) is reported, not guessed.
 */
final class Implementations {

	/**
	 * A purpose clause (为贯彻落实, 为进一步落实, optionally naming whose: 国家, 中央) or 根据, 按照, 依据,
	 * 依照. Without 为, 落实《幼儿园工作规程》 in running text is applying a rule, not implementing a
	 * document.
	 */
	private static final String LEAD = "(?:为了?(?:进一步|认真|深入|全面|切实)*(?:贯彻落实|贯彻|落实)好?(?:国家|中央|党中央|国务院|省委|省政府)?"
			+ "|根据|按照|依据|依照)";

	/** The characters {@link #LEAD} can begin with. */
	static final String LEAD_LEADING = "为根按依";

	private static final String TITLED = "《([^《》]+)》(?:[（(]([^（()）]{2,40})[）)])?";

	/** The lead-in, then one or more 《titles》 joined by 、 和 及 与 以及. */
	static final Pattern TITLES = Pattern.compile(LEAD + "((?:" + TITLED + "(?:、|和|及|与|以及)?)+)");

	private static final Pattern ONE_TITLE = Pattern.compile(TITLED);

	/** 根据国务院办公厅关于…的通知（国办发〔2016〕71号）精神: the title in words, the number in brackets. */
	static final Pattern WORDS_AND_NUMBER = Pattern.compile(LEAD + "([^。；《》（()）]{2,80}?)[（(]([^（()）]{2,40})[）)]");

	/** 关于印发四平市落实《吉林省…规划》实施方案的通知, with or without the 《》. */
	private static final Pattern TITLE_IMPLEMENTS = Pattern.compile(".*落实《?(.+?)》?的?(?:实施方案|实施意见|工作方案|实施细则|行动计划).*");

	private Implementations() {
	}

	record Read(List<CitationRecord> implementations, List<String> unresolved) {
	}

	static Read read(GazetteText text, DocumentBlock block, List<CitationRecord> citations) {
		Map<String, CitationRecord> found = new LinkedHashMap<>();
		List<String> unresolved = new ArrayList<>();
		for (SourceLine line : text.lines(block.bodyFrom(), block.to())) {
			String s = line.trimmed();
			LeadingCharacters titles = s.indexOf('《') < 0 ? null : LeadingCharacters.find(TITLES, s, LEAD_LEADING);
			while (titles != null && titles.next()) {
				Matcher one = ONE_TITLE.matcher(titles.matcher().group(1));
				while (one.find()) {
					String number = numberOrNull(one.group(2));
					link(text, block, citations, one.group(1), number, line, found, unresolved);
				}
			}
			LeadingCharacters words = s.indexOf('（') < 0 && s.indexOf('(') < 0 ? null
					: LeadingCharacters.find(WORDS_AND_NUMBER, s, LEAD_LEADING);
			while (words != null && words.next()) {
				String number = numberOrNull(words.matcher().group(2));
				if (number != null) {
					link(text, block, citations, null, number, line, found, unresolved);
				}
			}
		}
		String title = block.record().title();
		Matcher byTitle = title == null ? null : TITLE_IMPLEMENTS.matcher(DocumentBlock.titleKey(title));
		if (byTitle != null && byTitle.matches()) {
			String implemented = byTitle.group(1);
			CitationRecord citation = citations.stream()
				.filter(c -> c.citedTitle() != null && contains(DocumentBlock.titleKey(c.citedTitle()), implemented))
				.findFirst()
				.orElse(null);
			if (citation != null) {
				found.putIfAbsent(citation.citedKey(), citation);
			}
			else if (found.isEmpty()) {
				unresolved.add("the title says it implements 《" + implemented
						+ "》, which the document does not cite by number; no IMPLEMENTS link");
			}
		}
		return new Read(List.copyOf(found.values()), unresolved);
	}

	private static void link(GazetteText text, DocumentBlock block, List<CitationRecord> citations, String title,
			String number, SourceLine line, Map<String, CitationRecord> found, List<String> unresolved) {
		String titleKey = title == null ? null : DocumentBlock.titleKey(title);
		CitationRecord citation = citations.stream()
			.filter(c -> number != null ? number.equals(c.citedNumber())
					: c.citedTitle() != null && DocumentBlock.titleKey(c.citedTitle()).equals(titleKey))
			.findFirst()
			.orElse(null);
		if (citation == null) {
			if (title == null || !block.ownTitles().contains(titleKey)) {
				unresolved.add(line.number() + ": implements " + (title != null ? "《" + title + "》" : number)
						+ ", which is not among the documents it cites");
			}
			return;
		}
		// the implementation's provenance is the sentence that says so
		SourceRef source = citation.source().fromLine() == line.number() ? citation.source()
				: text.source(line.number(), line.number());
		CitationRecord at = new CitationRecord(citation.citingKey(), citation.citedKey(), citation.citedNumber(),
				citation.citedTitle(), source);
		found.putIfAbsent(citation.citedKey(), at);
	}

	private static boolean contains(String a, String b) {
		return a.contains(b) || b.contains(a);
	}

	private static String numberOrNull(String content) {
		if (content == null) {
			return null;
		}
		try {
			return DocumentNumbers.normalise(content);
		}
		catch (IllegalArgumentException notANumber) {
			return null;
		}
	}

}
