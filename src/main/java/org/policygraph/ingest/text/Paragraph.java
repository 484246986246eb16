package org.policygraph.ingest.text;

/**
 * Running text printed over one or more lines, joined with the page-break repairs.
 *
 * @param from first line
 * @param to last line
 */
public record Paragraph(String text, int from, int to) {

	public static Paragraph of(SourceLine line) {
		return new Paragraph(line.trimmed(), line.number(), line.number());
	}

	public Paragraph continuedBy(SourceLine line) {
		return new Paragraph(TextRepair.joinAcrossPageBreak(text, line.text()), from, line.number());
	}
}
