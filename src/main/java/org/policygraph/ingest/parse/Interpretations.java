package org.policygraph.ingest.parse;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policygraph.ingest.record.DocumentKind;
import org.policygraph.ingest.record.DocumentRecord;
import org.policygraph.ingest.text.GazetteText;
import org.policygraph.ingest.text.SourceLine;
import org.policygraph.ingest.text.TextRepair;

/**
 * An official interpretation (《…》解读): it has no number, so its title is its key, and it
 * names the document it interprets by that document's title. Its closing note says whose
 * material it was compiled from (（本解读据省住建厅政策解读内容编辑整理）): that department is its issuer.
 */
final class Interpretations {

	private static final Pattern HEADING = Pattern.compile("《(.+)》\\s*解读");

	private static final Pattern COMPILED_FROM = Pattern.compile("据(.+?)(?:政策解读|解读|内容|材料|资料)*编辑整理");

	private Interpretations() {
	}

	static DocumentBlock read(Lookups lookups, IssueLayout.Part part, String issueKey, List<DocumentBlock> printed) {
		GazetteText text = lookups.text();
		String title = TextRepair.joinTitle(text.line(part.from()).text());
		Matcher heading = HEADING.matcher(title);
		heading.matches();
		String interpreted = DocumentBlock.titleKey(heading.group(1));
		DocumentBlock target = printed.stream()
			.filter(block -> block.ownTitles().contains(interpreted))
			.findFirst()
			.orElseThrow(() -> text.error(part.from(),
					"the interpretation names 《" + heading.group(1) + "》, which is not printed in this issue"));
		int last = part.from();
		String issuer = null;
		for (SourceLine line : text.lines(part.from() + 1, part.to())) {
			if (!line.isBlank()) {
				last = line.number();
			}
			Matcher note = COMPILED_FROM.matcher(line.trimmed());
			if (issuer == null && note.find()) {
				issuer = lookups.unit(note.group(1), line.number());
			}
		}
		DocumentRecord record = new DocumentRecord(title, null, title, DocumentKind.INTERPRETATION, issuer, null,
				List.of(), target.key(), issueKey, false, text.source(part.from(), last));
		return new DocumentBlock(record, part.from(), last, part.from() + 1, last,
				Set.of(DocumentBlock.titleKey(title)));
	}

}
