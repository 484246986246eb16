package org.policygraph.ingest.record;

import java.time.LocalDate;
import java.util.List;

/**
 * A document printed in the issue (or, with {@code citedOnly}, known only because
 * something cites it).
 *
 * @param key stable key: the normalised number (吉政办发〔2017〕52号) or, for a document without
 * a number, its title
 * @param number the normalised document number, null when the document has none (an
 * interpretation)
 * @param interprets the key of the document this one interprets (解读), else null
 * @param issueKey the key of the issue it appears in, null when citedOnly
 */
public record DocumentRecord(String key, String number, String title, DocumentKind kind, String issuer,
		LocalDate issuedOn, List<String> addressees, String interprets, String issueKey, boolean citedOnly,
		SourceRef source) {

	public DocumentRecord {
		addressees = List.copyOf(addressees);
	}
}
