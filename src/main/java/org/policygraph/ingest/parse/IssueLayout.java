package org.policygraph.ingest.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.policygraph.document.DocumentNumbers;
import org.policygraph.ingest.text.GazetteText;
import org.policygraph.ingest.text.SourceLine;

/**
 * Where the masthead ends and each document begins. A document begins at the title above
 * a number line (吉政办发〔2017〕52号 alone on its line), at an interpretation heading (《…》解读)
 * or at a personnel heading (…人事任免). The table of contents lists the same documents
 * inside running text and so never matches.
 */
final class IssueLayout {

	enum Kind {

		NUMBERED, INTERPRETATION, PERSONNEL

	}

	record Part(Kind kind, int from, int to, int numberLine) {
	}

	private static final Pattern INTERPRETATION = Pattern.compile("《.+》\\s*解读");

	private static final Pattern PERSONNEL = Pattern.compile("\\p{IsHan}+人事任免");

	private final int mastheadEnd;

	private final List<Part> parts;

	private IssueLayout(int mastheadEnd, List<Part> parts) {
		this.mastheadEnd = mastheadEnd;
		this.parts = List.copyOf(parts);
	}

	static IssueLayout of(GazetteText text) {
		List<Part> starts = new ArrayList<>();
		for (int n = 1; n <= text.lineCount(); n++) {
			String line = text.line(n).trimmed();
			if (DocumentNumbers.looksLikeNumber(line)) {
				SourceLine title = text.previousNonBlank(n);
				if (title == null) {
					throw text.error(n, "document number without a title above it");
				}
				starts.add(new Part(Kind.NUMBERED, title.number(), 0, n));
			}
			else if (INTERPRETATION.matcher(line).matches()) {
				starts.add(new Part(Kind.INTERPRETATION, n, 0, 0));
			}
			else if (PERSONNEL.matcher(line).matches()) {
				starts.add(new Part(Kind.PERSONNEL, n, 0, 0));
			}
		}
		if (starts.isEmpty()) {
			throw text.error(text.lineCount(),
					"no document found; expected a title followed by a number line such as 吉政办发〔2017〕52号");
		}
		List<Part> parts = new ArrayList<>();
		for (int i = 0; i < starts.size(); i++) {
			Part p = starts.get(i);
			int to = i + 1 < starts.size() ? starts.get(i + 1).from() - 1 : text.lineCount();
			parts.add(new Part(p.kind(), p.from(), to, p.numberLine()));
		}
		return new IssueLayout(starts.get(0).from() - 1, parts);
	}

	/** The last line of the masthead and table of contents. */
	int mastheadEnd() {
		return mastheadEnd;
	}

	List<Part> parts() {
		return parts;
	}

}
