package org.policygraph.ingest.record;

/** An annex (附件 1) of a document: its number within the document and its title. */
public record AnnexRecord(String documentKey, int no, String title, SourceRef source) {
}
