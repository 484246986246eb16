package org.policygraph.ingest.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.policygraph.document.DocumentNumbers;
import org.policygraph.ingest.text.GazetteText;
import org.policygraph.ingest.text.SourceLine;
import org.policygraph.ingest.text.TextRepair;

/**
 * Finds where a document's text names other documents: 《title》, optionally followed by
 * its number in brackets (《工伤保险条例》（国务院令第586号）) or by an abbreviation it declares
 * ((以下简称《清单》)), numbers printed in brackets without a title, and laws and regulations
 * named bare after a word of reliance (依据社会保险法等法律, 参照公务员法管理). A title cut by a page break
 * is joined with the next line.
 */
final class CitationScanner {

	/**
	 * A mention of a document.
	 *
	 * @param title the title as printed, repaired, or null when only a number is printed
	 * @param number the normalised number, or null
	 * @param abbreviation the short title declared for it by (以下简称《…》), or null
	 * @param toBeWritten true when a verb of making (编制, 制定, 起草) comes right before the
	 * title: the text asks for the document to be written, so it does not exist yet and
	 * is not cited
	 * @param bare true when the title is printed without 《》 (社会保险法)
	 */
	record Mention(String title, String number, String abbreviation, boolean toBeWritten, int from, int to,
			boolean bare) {
	}

	private static final Pattern TITLE = Pattern.compile("《([^《》]+)》");

	static final Pattern BRACKETED = Pattern.compile("[（(]([^（()）]{2,40})[）)]");

	static final String BRACKETS = "（(";

	private static final Pattern ABBREVIATION = Pattern.compile("以下简称《([^《》]+)》.*");

	/**
	 * A law or regulation named without 《》 after a word of reliance: the shortest name
	 * that ends in 法, 条例 or 办法 and is not the start of 法律, 法规, 法定 and the like. Words
	 * that point at no particular document (现行, 有关, 相关) cannot begin a name.
	 */
	private static final List<String> RELIANCE = List.of("依据", "根据", "参照", "依照", "遵照", "按照");

	static final String RELIANCE_LEADING = RELIANCE.stream()
		.map(word -> word.substring(0, 1))
		.distinct()
		.collect(Collectors.joining());

	static final Pattern BARE = Pattern.compile("(?:" + String.join("|", RELIANCE) + ")((?!现行|有关|相关|国家有关|本)"
			+ "\\p{IsHan}{2,14}?(?:法|条例|办法))(?![律规定人治院制])");

	private static final Pattern MAKING = Pattern.compile("(编制|制定|起草)[^，。；：、]*$");

	private CitationScanner() {
	}

	static List<Mention> scan(GazetteText text, int from, int to) {
		List<Mention> mentions = new ArrayList<>();
		for (Segment segment : segments(text, from, to)) {
			mentions.addAll(scan(segment));
		}
		return mentions;
	}

	private static List<Mention> scan(Segment segment) {
		String s = segment.text();
		List<Mention> mentions = new ArrayList<>();
		List<int[]> consumed = new ArrayList<>();
		// the patterns run only over segments holding what they begin with: most lines
		// cite nothing
		Matcher title = s.indexOf('《') < 0 ? null : TITLE.matcher(s);
		while (title != null && title.find()) {
			if (inside(consumed, title.start())) {
				continue;
			}
			int end = title.end();
			String number = null;
			String abbreviation = null;
			Matcher after = BRACKETED.matcher(s).region(end, s.length());
			if (after.lookingAt()) {
				String content = after.group(1);
				Matcher declared = ABBREVIATION.matcher(content);
				number = numberOrNull(content);
				if (declared.matches() || number != null) {
					abbreviation = declared.matches() ? declared.group(1) : null;
					consumed.add(new int[] { after.start(), after.end() });
					end = after.end();
				}
			}
			boolean making = number == null && MAKING.matcher(s.substring(0, title.start())).find();
			mentions.add(new Mention(TextRepair.joinTitle(title.group(1)), number, abbreviation, making,
					segment.lineAt(title.start()), segment.lineAt(end - 1), false));
			consumed.add(new int[] { title.start(), title.end() });
		}
		LeadingCharacters brackets = LeadingCharacters.find(BRACKETED, s, BRACKETS);
		while (brackets.next()) {
			Matcher bare = brackets.matcher();
			String number = numberOrNull(bare.group(1));
			if (number != null && !inside(consumed, bare.start())) {
				mentions.add(new Mention(null, number, null, false, segment.lineAt(bare.start()),
						segment.lineAt(bare.end() - 1), false));
			}
		}
		LeadingCharacters reliance = LeadingCharacters.find(BARE, s, RELIANCE_LEADING);
		while (reliance.next()) {
			Matcher named = reliance.matcher();
			if (!inside(consumed, named.start(1))) {
				// one relies on what exists: "研究制定…参照公务员法管理…办法" makes the 办法, not the law
				mentions.add(new Mention(named.group(1), null, null, false, segment.lineAt(named.start(1)),
						segment.lineAt(named.end(1) - 1), true));
			}
		}
		mentions.sort((a, b) -> Integer.compare(a.from(), b.from()));
		return mentions;
	}

	private static String numberOrNull(String content) {
		try {
			return DocumentNumbers.normalise(content);
		}
		catch (IllegalArgumentException notANumber) {
			return null;
		}
	}

	private static boolean inside(List<int[]> spans, int offset) {
		return spans.stream().anyMatch(span -> offset >= span[0] && offset < span[1]);
	}

	/**
	 * Lines of running text; a line that leaves a 《 open continues on the next non-blank
	 * line.
	 */
	private static List<Segment> segments(GazetteText text, int from, int to) {
		List<Segment> segments = new ArrayList<>();
		Segment open = null;
		for (SourceLine line : text.lines(from, to)) {
			if (line.isBlank()) {
				continue;
			}
			open = open != null && open.leavesTitleOpen() ? open.continuedBy(line) : new Segment(line);
			if (segments.isEmpty() || segments.get(segments.size() - 1).from() != open.from()) {
				segments.add(open);
			}
			else {
				segments.set(segments.size() - 1, open);
			}
		}
		return segments;
	}

	/** Joined text with the offset at which each of its lines starts. */
	private record Segment(String text, List<int[]> lineStarts) {

		Segment(SourceLine line) {
			this(line.trimmed(), List.<int[]>of(new int[] { 0, line.number() }));
		}

		int from() {
			return lineStarts.get(0)[1];
		}

		boolean leavesTitleOpen() {
			return text.lastIndexOf('《') > text.lastIndexOf('》');
		}

		Segment continuedBy(SourceLine line) {
			List<int[]> starts = new ArrayList<>(lineStarts);
			starts.add(new int[] { text.length(), line.number() });
			return new Segment(TextRepair.joinAcrossPageBreak(text, line.text()), starts);
		}

		int lineAt(int offset) {
			int line = from();
			for (int[] start : lineStarts) {
				if (start[0] <= offset) {
					line = start[1];
				}
			}
			return line;
		}
	}

}
