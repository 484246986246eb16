package org.policygraph.ingest.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The matches tried only at leading characters are the ones {@link Matcher#find()} finds,
 * on every line of the real gazette and on lines made to hold several, overlapping and
 * adjacent matches.
 */
class LeadingCharactersTests {

	private static final List<String> MADE = List.of("依据社会保险法和根据劳动法，参照公务员法管理",
			"（吉政发〔2017〕1号）（吉政发〔2017〕2号）(国办发〔2016〕71号)", "（（（吉政发〔2017〕1号）", "为贯彻落实《甲规划》（国发〔2017〕9号）和《乙办法》，根据《丙》",
			"根据国务院办公厅关于推进工作的通知（国办发〔2016〕71号）精神，按照通知（吉政发〔2017〕3号）要求", "为为为根据根据", "", "（", "根据");

	@Test
	void theSameMatchesAsFindOnEveryLineOfTheGazetteAndOnMadeLines() {
		List<String> lines = new ArrayList<>(Gazettes.lines());
		lines.addAll(MADE);
		int matches = 0;
		for (String line : lines) {
			matches += assertSame(CitationScanner.BRACKETED, CitationScanner.BRACKETS, line);
			matches += assertSame(CitationScanner.BARE, CitationScanner.RELIANCE_LEADING, line);
			matches += assertSame(Implementations.TITLES, Implementations.LEAD_LEADING, line);
			matches += assertSame(Implementations.WORDS_AND_NUMBER, Implementations.LEAD_LEADING, line);
		}
		// the comparison is about something: the gazette is full of such matches
		assertThat(matches).isGreaterThan(100);
	}

	@Test
	void aLeadingCharacterLeftOutLosesTheMatchesThatBeginWithIt() {
		String line = "依据社会保险法和根据劳动法";
		assertThat(spans(CitationScanner.BARE, line)).hasSize(2);
		assertThat(leading(CitationScanner.BARE, "根", line)).containsExactly(spans(CitationScanner.BARE, line).get(1));
	}

	private static int assertSame(Pattern pattern, String leading, String line) {
		List<String> found = spans(pattern, line);
		assertThat(leading(pattern, leading, line)).as("%s on \"%s\"", pattern, line).isEqualTo(found);
		return found.size();
	}

	private static List<String> spans(Pattern pattern, String line) {
		List<String> spans = new ArrayList<>();
		Matcher m = pattern.matcher(line);
		while (m.find()) {
			spans.add(m.start() + "-" + m.end() + ":" + m.group());
		}
		return spans;
	}

	private static List<String> leading(Pattern pattern, String leading, String line) {
		List<String> spans = new ArrayList<>();
		LeadingCharacters found = LeadingCharacters.find(pattern, line, leading);
		while (found.next()) {
			Matcher m = found.matcher();
			spans.add(m.start() + "-" + m.end() + ":" + m.group());
		}
		return spans;
	}

}
