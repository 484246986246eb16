package org.policygraph.ingest.parse;

import java.util.regex.Pattern;

import org.policygraph.department.OrganizationDirectory;
import org.policygraph.document.DocumentNumbers;
import org.policygraph.funding.FundingClassifier;
import org.policygraph.ingest.record.ParsedFile;
import org.policygraph.ingest.source.DecodedText;
import org.policygraph.ingest.source.GazetteFormatException;
import org.policygraph.ingest.source.SourceDecoder;
import org.policygraph.ingest.source.SourceFile;
import org.policygraph.ingest.text.GazetteText;

/**
 * Which reader a file goes to, recognised by its content, never by its name: a gazette
 * issue has its masthead (…公报, 2017年第22期, 复总第762期, 目录) before the first document's
 * number; everything else is read as a single official document, with or without a
 * disclosure page's metadata block.
 */
public final class InputForms {

	private static final Pattern MASTHEAD = Pattern.compile(".*公报.*|.*复总第\\s*\\d+\\s*期.*|\\d{4}年第\\d+期|目\\s*录");

	private final GazetteParser gazettes;

	private final SingleDocumentParser documents;

	/**
	 * @param strict refuse a unit name no registry or template knows; otherwise it
	 * becomes an unverified organisation of the document's jurisdiction
	 */
	public InputForms(OrganizationDirectory directory, boolean strict, FundingClassifier funding) {
		this.gazettes = new GazetteParser(directory, strict, funding);
		this.documents = new SingleDocumentParser(directory, strict, funding);
	}

	/**
	 * @throws GazetteFormatException naming the file, the line or page and what was
	 * expected
	 */
	public ParsedFile parse(SourceFile file) {
		DecodedText decoded = SourceDecoder.decode(file);
		GazetteText text = GazetteText.of(decoded);
		if (DisclosureMetadata.find(text) == null && isGazette(text)) {
			return new ParsedFile(file.name(), gazettes.parse(text), null);
		}
		return new ParsedFile(file.name(), null, documents.parse(text, decoded.format().name()));
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
