package org.policygraph.ingest.text;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;

import org.policygraph.digest.Sha256;
import org.policygraph.ingest.record.SourceRef;
import org.policygraph.ingest.source.DecodedText;
import org.policygraph.ingest.source.GazetteFormatException;
import org.policygraph.ingest.source.SourceFile;

/**
 * The gazette's lines exactly as decoded from the file. Every extractor reads lines
 * through it, so line numbers and provenance text always refer to the original file,
 * never to repaired text. A file that has to be converted to be read (a PDF's extracted
 * text with spaces between characters, a mirror in traditional characters) is read in its
 * converted lines, one for one with the original ones, while provenance keeps the
 * original lines and, for a PDF, the page of each line. A document collapsed onto one
 * line is read {@linkplain #unfold unfolded} into the lines of its elements; errors and
 * provenance still name the file's line.
 */
public final class GazetteText {

	private final String fileName;

	private final String sha256;

	private final List<String> lines;

	private final List<String> original;

	private final int[] pages;

	/** The file's line of each line read, or null when they are the same. */
	private final int[] fileLines;

	private GazetteText(String fileName, String sha256, List<String> lines, List<String> original, int[] pages) {
		this(fileName, sha256, lines, original, pages, null);
	}

	private GazetteText(String fileName, String sha256, List<String> lines, List<String> original, int[] pages,
			int[] fileLines) {
		if (original.size() != lines.size() || (pages != null && pages.length != lines.size())
				|| (fileLines != null && fileLines.length != lines.size())) {
			throw new IllegalArgumentException("converted lines must match the original ones one for one");
		}
		this.fileName = fileName;
		this.sha256 = sha256;
		this.lines = List.copyOf(lines);
		this.original = List.copyOf(original);
		this.pages = pages;
		this.fileLines = fileLines;
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
		List<String> lines = List.of(text.split("\n", -1));
		return new GazetteText(fileName, Sha256.hex(content), lines, lines, null);
	}

	/**
	 * Decoded text ready to be read: a PDF's lines without the spaces extraction put
	 * between characters ({@link TextRepair#joinBrokenWords}), and any text in
	 * traditional characters read as simplified ({@link TraditionalScript}).
	 */
	public static GazetteText of(DecodedText decoded) {
		List<String> lines = decoded.lines();
		if (decoded.format() == DecodedText.Format.PDF) {
			lines = lines.stream().map(line -> line.isBlank() ? "" : TextRepair.joinBrokenWords(line)).toList();
		}
		GazetteText text = new GazetteText(decoded.fileName(), decoded.sha256(), lines, decoded.lines(),
				decoded.pages());
		return TraditionalScript.isTraditional(text.content()) ? text.map(TraditionalScript::toSimplified) : text;
	}

	/** The same text read through a line-by-line conversion; provenance is unchanged. */
	GazetteText map(UnaryOperator<String> conversion) {
		return new GazetteText(fileName, sha256, lines.stream().map(conversion).toList(), original, pages, fileLines);
	}

	/**
	 * The same text with one line read as several, cut where each offset begins a new
	 * one: a whole document pasted into one paragraph, read in the lines of its elements.
	 * The pieces keep the line's number in errors and provenance, and provenance keeps
	 * the line's original text (sliced alike when the conversion kept its length).
	 * @param cuts increasing offsets into the line as read, each inside it
	 */
	public GazetteText unfold(int number, List<Integer> cuts) {
		String line = lines.get(number - 1);
		String printed = original.get(number - 1);
		List<String> read = new java.util.ArrayList<>(lines.subList(0, number - 1));
		List<String> kept = new java.util.ArrayList<>(original.subList(0, number - 1));
		int start = 0;
		for (int cut : java.util.stream.Stream.concat(cuts.stream(), java.util.stream.Stream.of(line.length()))
			.toList()) {
			if (cut <= start || cut > line.length()) {
				continue;
			}
			read.add(line.substring(start, cut).strip());
			// exact slices, so that the pieces join back into the line as printed
			kept.add(printed.length() == line.length() ? printed.substring(start, cut) : start == 0 ? printed : "");
			start = cut;
		}
		int pieces = read.size() - (number - 1);
		read.addAll(lines.subList(number, lines.size()));
		kept.addAll(original.subList(number, original.size()));
		int[] newPages = pages == null ? null : new int[read.size()];
		int[] newFileLines = new int[read.size()];
		for (int i = 0; i < read.size(); i++) {
			int old = i < number - 1 ? i : i < number - 1 + pieces ? number - 1 : i - pieces + 1;
			newFileLines[i] = fileLine(old + 1);
			if (newPages != null) {
				newPages[i] = pages[old];
			}
		}
		return new GazetteText(fileName, sha256, read, kept, newPages, newFileLines);
	}

	/** The line of the file a line read stands on. */
	public int fileLine(int number) {
		return fileLines == null || number < 1 || number > fileLines.length ? number : fileLines[number - 1];
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

	/** What a line said in the file, before any conversion. */
	public String originalLine(int number) {
		return original.get(number - 1);
	}

	/** The page a line is printed on, or null when the file has no pages. */
	public Integer page(int line) {
		return pages == null ? null : pages[line - 1];
	}

	/** The lines as the parser reads them, joined. */
	public String content() {
		return String.join("\n", lines);
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
		StringBuilder printed = new StringBuilder(original.get(from - 1));
		for (int n = from + 1; n <= to; n++) {
			// the pieces of an unfolded line join back without a line break
			printed.append(fileLine(n) == fileLine(n - 1) ? "" : "\n").append(original.get(n - 1));
		}
		return new SourceRef(fileName, fileLine(from), fileLine(to), printed.toString(), page(from));
	}

	public GazetteFormatException error(int line, String problem) {
		return new GazetteFormatException(fileName, fileLine(line), onPage(line, problem));
	}

	public GazetteFormatException error(int line, String problem, Throwable cause) {
		return new GazetteFormatException(fileName, fileLine(line), onPage(line, problem), cause);
	}

	/**
	 * In a PDF the line number counts in the extracted text; the page is what a reader
	 * finds.
	 */
	private String onPage(int line, String problem) {
		return pages == null || line < 1 || line > pages.length ? problem : "page " + pages[line - 1] + ": " + problem;
	}

}
