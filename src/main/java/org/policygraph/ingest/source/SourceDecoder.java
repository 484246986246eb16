package org.policygraph.ingest.source;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.policygraph.digest.Sha256;

/**
 * What a user has becomes text with a name: a PDF's extracted text, an HTML page's text,
 * or a text file decoded strictly as UTF-8, recognised by their bytes, not by the file's
 * name. Anything else (an image, an office file, an archive, bytes that are no text) is
 * refused here with the file's name, before any parser sees it.
 */
public final class SourceDecoder {

	private static final int SNIFF = 4096;

	private SourceDecoder() {
	}

	/**
	 * @throws GazetteFormatException naming the file, the line or page and what was
	 * expected
	 */
	public static DecodedText decode(SourceFile file) {
		String fileName = file.name();
		byte[] content = file.content();
		if (startsWith(content, "%PDF-")) {
			return PdfSource.read(fileName, content);
		}
		String binary = binaryKind(content);
		if (binary != null) {
			throw new GazetteFormatException(fileName, 1,
					binary + ", not text; expected a gazette issue or an official document as UTF-8 text, HTML or PDF");
		}
		if (looksLikeHtml(content)) {
			return HtmlSource.read(fileName, content);
		}
		String text = file.decodeUtf8();
		if (text.isBlank()) {
			throw new GazetteFormatException(fileName, 1,
					"the file has no text; expected a gazette issue or an official document");
		}
		return new DecodedText(fileName, Sha256.hex(content), List.of(text.split("\n", -1)), null,
				DecodedText.Format.TEXT);
	}

	/** A name for bytes that are no text, or null for text. */
	private static String binaryKind(byte[] content) {
		if (startsWith(content, "\u0089PNG")) {
			return "a PNG image";
		}
		if (content.length >= 3 && (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xD8
				&& (content[2] & 0xFF) == 0xFF) {
			return "a JPEG image";
		}
		if (startsWith(content, "GIF8")) {
			return "a GIF image";
		}
		if (startsWith(content, "PK\u0003\u0004")) {
			return "a ZIP archive (or an office document such as .docx)";
		}
		if (content.length >= 4 && (content[0] & 0xFF) == 0xD0 && (content[1] & 0xFF) == 0xCF
				&& (content[2] & 0xFF) == 0x11 && (content[3] & 0xFF) == 0xE0) {
			return "an old office document (.doc, .xls)";
		}
		// UTF-16 text starts with its byte order mark; it is text, but not the
		// expected encoding
		if (content.length >= 2 && ((content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xFE
				|| (content[0] & 0xFF) == 0xFE && (content[1] & 0xFF) == 0xFF)) {
			return "UTF-16 text";
		}
		for (int i = 0; i < Math.min(content.length, SNIFF); i++) {
			if (content[i] == 0) {
				return "binary data (a NUL byte at offset " + i + ")";
			}
		}
		return null;
	}

	private static boolean looksLikeHtml(byte[] content) {
		String head = new String(content, 0, Math.min(content.length, SNIFF), StandardCharsets.ISO_8859_1)
			.stripLeading()
			.toLowerCase(Locale.ROOT);
		if (head.startsWith("\u00ef\u00bb\u00bf")) {
			head = head.substring(3).stripLeading();
		}
		return head.startsWith("<!doctype html") || head.startsWith("<html")
				|| (head.startsWith("<") && (head.contains("<body") || head.contains("<head")));
	}

	private static boolean startsWith(byte[] content, String magic) {
		if (content.length < magic.length()) {
			return false;
		}
		for (int i = 0; i < magic.length(); i++) {
			if ((content[i] & 0xFF) != magic.charAt(i)) {
				return false;
			}
		}
		return true;
	}

}
