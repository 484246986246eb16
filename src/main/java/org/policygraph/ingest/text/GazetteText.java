package org.policygraph.ingest.text;

import java.util.List;
import java.util.stream.IntStream;

import org.policygraph.digest.Sha256;
import org.policygraph.ingest.record.SourceRef;
import org.policygraph.ingest.source.GazetteFormatException;
import org.policygraph.ingest.source.SourceFile;

/**
 * The gazette's lines exactly as decoded from the file. Every extractor reads lines
 * through it, so line numbers and provenance text always refer to the original file,
 * never to repaired text.
 */
public final class GazetteText {

	private final String fileName;

	private final String sha256;

	private final List<String> lines;

	private GazetteText(String fileName, String sha256, List<String> lines) {
		this.fileName = fileName;
		this.sha256 = sha256;
		this.lines = lines;
	}

	/**
	 * Decodes strictly: an invalid UTF-8 sequence is an error naming its line, never a
	 * replacement character that would silently end up in a department name. A leading
	 * byte order mark is dropped.
	 */
	public static GazetteText decode(String fileName, byte[] content) {
		String text = new SourceFile(fileName, content).decodeUtf8();
		if (text.isBlank()) {
			throw new GazetteFormatException(fileName, 1, "the file has no text; expected a gazette issue");
		}
		return new GazetteText(fileName, Sha256.hex(content), List.of(text.split("\n", -1)));
	}

	public String fileName() {
		return fileName;
	}

	public String sha256() {
		return sha256;
	}

	public int lineCount() {
		return lines.size();
	}

	public SourceLine line(int number) {
		return new SourceLine(number, lines.get(number - 1));
	}

	/** Lines {@code from} to {@code to}, both inclusive and 1-based. */
	public List<SourceLine> lines(int from, int to) {
		return IntStream.rangeClosed(from, to).mapToObj(this::line).toList();
	}

	/** The next non-blank line after {@code number} up to {@code limit}, or null. */
	public SourceLine nextNonBlank(int number, int limit) {
		for (int n = number + 1; n <= limit; n++) {
			if (!lines.get(n - 1).isBlank()) {
				return line(n);
			}
		}
		return null;
	}

	/** The nearest non-blank line before {@code number}, or null. */
	public SourceLine previousNonBlank(int number) {
		for (int n = number - 1; n >= 1; n--) {
			if (!lines.get(n - 1).isBlank()) {
				return line(n);
			}
		}
		return null;
	}

	public SourceRef source(int from, int to) {
		return new SourceRef(fileName, from, to, String.join("\n", lines.subList(from - 1, to)));
	}

	public GazetteFormatException error(int line, String problem) {
		return new GazetteFormatException(fileName, line, problem);
	}

	public GazetteFormatException error(int line, String problem, Throwable cause) {
		return new GazetteFormatException(fileName, line, problem, cause);
	}

}
