package org.policygraph.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The gazette's lines exactly as decoded from the file. Every extractor reads lines
 * through it, so line numbers and provenance text always refer to the original file,
 * never to repaired text. A file that had to be converted to be read (a mirror in
 * traditional characters, a PDF's extracted text with spaces between characters) is read
 * in its converted lines, one for one with the original ones, while provenance keeps the
 * original lines and, for a PDF, the page of each line.
 */
final class GazetteText {

	private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private final String fileName;

	private final String sha256;

	private final List<String> lines;

	private final List<String> original;

	private final int[] pages;

	private GazetteText(String fileName, String sha256, List<String> lines, List<String> original, int[] pages) {
		if (original.size() != lines.size() || (pages != null && pages.length != lines.size())) {
			throw new IllegalArgumentException("converted lines must match the original ones one for one");
		}
		this.fileName = fileName;
		this.sha256 = sha256;
		this.lines = List.copyOf(lines);
		this.original = List.copyOf(original);
		this.pages = pages;
	}

	/**
	 * Text that was converted to be read.
	 * @param lines what the parser reads
	 * @param original the same lines as they were in the file, for provenance
	 * @param pages the page of each line (1-based), or null when the file has no pages
	 */
	static GazetteText converted(String fileName, String sha256, List<String> lines, List<String> original,
			int[] pages) {
		return new GazetteText(fileName, sha256, lines, original, pages);
	}

	/** The same text read through a line-by-line conversion; provenance is unchanged. */
	GazetteText map(java.util.function.UnaryOperator<String> conversion) {
		return new GazetteText(fileName, sha256, lines.stream().map(conversion).toList(), original, pages);
	}

	/** The page a line is printed on, or null when the file has no pages. */
	Integer page(int line) {
		return pages == null ? null : pages[line - 1];
	}

	/** The lines as the parser reads them, joined. */
	String content() {
		return String.join("\n", lines);
	}

	/**
	 * Decodes strictly: an invalid UTF-8 sequence is an error naming its line, never a
	 * replacement character that would silently end up in a department name. A leading
	 * byte order mark is dropped.
	 */
	static GazetteText decode(String fileName, byte[] content) {
		int start = startsWithBom(content) ? BOM.length : 0;
		String text = decodeUtf8(fileName, content, start);
		if (text.isBlank()) {
			throw new GazetteFormatException(fileName, 1, "the file has no text; expected a gazette issue");
		}
		List<String> lines = List.of(text.split("\n", -1));
		return new GazetteText(fileName, sha256(content), lines, lines, null);
	}

	String fileName() {
		return fileName;
	}

	String sha256() {
		return sha256;
	}

	int lineCount() {
		return lines.size();
	}

	SourceLine line(int number) {
		return new SourceLine(number, lines.get(number - 1));
	}

	/** Lines {@code from} to {@code to}, both inclusive and 1-based. */
	List<SourceLine> lines(int from, int to) {
		return IntStream.rangeClosed(from, to).mapToObj(this::line).toList();
	}

	/** The next non-blank line after {@code number} up to {@code limit}, or null. */
	SourceLine nextNonBlank(int number, int limit) {
		for (int n = number + 1; n <= limit; n++) {
			if (!lines.get(n - 1).isBlank()) {
				return line(n);
			}
		}
		return null;
	}

	/** The nearest non-blank line before {@code number}, or null. */
	SourceLine previousNonBlank(int number) {
		for (int n = number - 1; n >= 1; n--) {
			if (!lines.get(n - 1).isBlank()) {
				return line(n);
			}
		}
		return null;
	}

	SourceRef source(int from, int to) {
		return new SourceRef(fileName, from, to, String.join("\n", original.subList(from - 1, to)), page(from));
	}

	/** What a line said in the file, before any conversion. */
	String originalLine(int number) {
		return original.get(number - 1);
	}

	GazetteFormatException error(int line, String problem) {
		return new GazetteFormatException(fileName, line, onPage(line, problem));
	}

	GazetteFormatException error(int line, String problem, Throwable cause) {
		return new GazetteFormatException(fileName, line, onPage(line, problem), cause);
	}

	/**
	 * In a PDF the line number counts in the extracted text; the page is what a reader
	 * finds.
	 */
	private String onPage(int line, String problem) {
		return pages == null || line < 1 || line > pages.length ? problem : "page " + pages[line - 1] + ": " + problem;
	}

	private static boolean startsWithBom(byte[] content) {
		return content.length >= BOM.length && content[0] == BOM[0] && content[1] == BOM[1] && content[2] == BOM[2];
	}

	static String sha256Of(byte[] content) {
		return sha256(content);
	}

	private static String decodeUtf8(String fileName, byte[] content, int start) {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(content, start, content.length - start);
		CharBuffer out = CharBuffer.allocate(content.length);
		CoderResult result = decoder.decode(in, out, true);
		if (result.isUnderflow()) {
			result = decoder.flush(out);
		}
		if (result.isError()) {
			int offset = in.position();
			throw new GazetteFormatException(fileName, lineOfByte(content, offset),
					"invalid UTF-8 at byte " + offset + "; expected UTF-8 text");
		}
		return out.flip().toString();
	}

	private static int lineOfByte(byte[] content, int offset) {
		int line = 1;
		for (int i = 0; i < offset; i++) {
			if (content[i] == '\n') {
				line++;
			}
		}
		return line;
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every JVM has SHA-256", ex);
		}
	}

}
