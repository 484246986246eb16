package org.policygraph.ingest;

import java.util.regex.Pattern;

import org.policygraph.department.UnitResolver;
import org.policygraph.funding.FundingClassifier;

/**
 * One ingested file, recognised by its content: a gazette issue (its masthead before the
 * first document) or a single official document, with or without a disclosure page's
 * metadata block. Exactly one of the two is set.
 */
public record ParsedFile(String fileName, Gazette gazette, SingleDocument document) {

	/**
	 * What only a gazette's masthead and table of contents print before the first
	 * document.
	 */
	private static final Pattern MASTHEAD = Pattern.compile(".*公报.*|.*复总第\\s*\\d+\\s*期.*|\\d{4}年第\\d+期|目\\s*录");

	public ParsedFile {
		if ((gazette == null) == (document == null)) {
			throw new IllegalArgumentException("a file is either a gazette issue or a single document");
		}
	}

	/**
	 * @throws GazetteFormatException naming the file, the line or page and what was
	 * expected
	 */
	static ParsedFile parse(String fileName, byte[] content, UnitResolver units, FundingClassifier funding) {
		SourceDecoder.Decoded decoded = SourceDecoder.decode(fileName, content);
		GazetteText text = decoded.text();
		if (DisclosureMetadata.find(text) == null && isGazette(text)) {
			return new ParsedFile(fileName, new GazetteParser(units, funding).parse(text), null);
		}
		return new ParsedFile(fileName, null,
				new SingleDocumentParser(units, funding).parse(text, decoded.format().name()));
	}

	private static boolean isGazette(GazetteText text) {
		for (int n = 1; n <= text.lineCount(); n++) {
			String line = text.line(n).trimmed();
			if (DocumentNumbers.looksLikeNumber(line)) {
				return false;
			}
			if (MASTHEAD.matcher(line).matches()) {
				return true;
			}
		}
		return false;
	}

}
