package org.policygraph.ingest.parse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policygraph.document.DocumentNumbers;
import org.policygraph.ingest.record.AnnexRecord;
import org.policygraph.ingest.record.DocumentRecord;
import org.policygraph.ingest.text.ChineseDates;
import org.policygraph.ingest.text.GazetteText;
import org.policygraph.ingest.text.SourceLine;
import org.policygraph.ingest.text.TextRepair;

/**
 * A numbered document's head and foot: title, number line, addressees (各市（州）人民政府，…：), and
 * the signature (issuer line, then date line) that closes the document's own text.
 */
final class NumberedDocuments {

	private static final Pattern ANNEX = Pattern.compile("附件\\s*(\\d+)");

	private NumberedDocuments() {
	}

	record Read(DocumentBlock block, List<AnnexRecord> annexes) {
	}

	static Read read(GazetteText text, IssueLayout.Part part, String issueKey) {
		int numberLine = part.numberLine();
		String title = TextRepair.joinTitle(text.line(part.from()).text());
		String number;
		try {
			number = DocumentNumbers.normalise(text.line(numberLine).text());
		}
		catch (IllegalArgumentException ex) {
			throw text.error(numberLine, ex.getMessage(), ex);
		}
		SourceLine addressees = text.nextNonBlank(numberLine, part.to());
		if (addressees == null || !addressees.trimmed().matches(".+[:：]")) {
			int line = addressees == null ? numberLine : addressees.number();
			throw text.error(line, "expected the addressees of " + number + " ending in ：, e.g. 各市（州）人民政府，…：");
		}
		SourceLine date = firstDateLine(text, addressees.number(), part.to());
		if (date == null) {
			throw text.error(part.to(), "no signature date line (like 2017年6月29日) after the addressees of " + number);
		}
		SourceLine issuer = text.previousNonBlank(date.number());
		if (issuer.number() <= addressees.number()) {
			throw text.error(date.number(), "expected the issuing authority's name above the date of " + number);
		}
		LocalDate issuedOn = ChineseDates.full(text, date.number(), date.text());
		List<AnnexRecord> annexes = annexes(text, part, number);
		DocumentRecord record = new DocumentRecord(number, number, title, DocumentKinds.fromTitle(title),
				issuer.trimmed(), issuedOn, splitAddressees(addressees.trimmed()), null, issueKey, false,
				text.source(part.from(), date.number()));
		DocumentBlock block = new DocumentBlock(record, part.from(), part.to(), addressees.number() + 1,
				issuer.number() - 1, DocumentBlock.ownTitles(title, annexes.stream().map(AnnexRecord::title).toList()));
		return new Read(block, annexes);
	}

	/** 各市（州）人民政府，长白山管委会，…，省政府各厅委办、各直属机构： gives one entry per addressee. */
	static List<String> splitAddressees(String line) {
		String list = line.replaceAll("[:：]$", "");
		List<String> parts = new ArrayList<>();
		int depth = 0;
		int start = 0;
		for (int i = 0; i < list.length(); i++) {
			char c = list.charAt(i);
			depth += c == '（' || c == '(' ? 1 : c == '）' || c == ')' ? -1 : 0;
			// 各县（市、区）人民政府 is one addressee: no split inside brackets
			if (depth == 0 && (c == '，' || c == '、' || c == ',')) {
				parts.add(list.substring(start, i));
				start = i + 1;
			}
		}
		parts.add(list.substring(start));
		return parts.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	private static SourceLine firstDateLine(GazetteText text, int after, int to) {
		for (int n = after + 1; n <= to; n++) {
			if (ChineseDates.isDateLine(text.line(n).text())) {
				return text.line(n);
			}
		}
		return null;
	}

	/** 附件 1 on a line of its own, with the annex's title on the next non-blank line. */
	private static List<AnnexRecord> annexes(GazetteText text, IssueLayout.Part part, String key) {
		return text.lines(part.from(), part.to())
			.stream()
			.filter(line -> ANNEX.matcher(line.trimmed()).matches())
			.map(line -> {
				SourceLine title = text.nextNonBlank(line.number(), part.to());
				if (title == null) {
					throw text.error(line.number(), "annex heading without a title below it");
				}
				Matcher m = ANNEX.matcher(line.trimmed());
				m.matches();
				return new AnnexRecord(key, Integer.parseInt(m.group(1)), title.trimmed(),
						text.source(line.number(), title.number()));
			})
			.toList();
	}

}
