package org.policygraph.ingest.record;

/**
 * One document citing another: 《工伤保险条例》（国务院令第586号） cited by 吉政办发〔2017〕52号.
 *
 * @param citedKey the cited document's key (its normalised number, or its title when it
 * has none)
 * @param citedTitle the title as printed in the citation (without 《》), null when only the
 * number is printed
 */
public record CitationRecord(String citingKey, String citedKey, String citedNumber, String citedTitle,
		SourceRef source) {
}
