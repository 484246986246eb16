package org.policygraph.ingest.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * What a user hands in, a file or an upload: its name, used in provenance and error
 * messages, and its bytes.
 */
public record SourceFile(String name, byte[] content) {

	private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	/** Reads the stream to its end and closes it. */
	public static SourceFile read(String name, InputStream in) {
		try (in) {
			return new SourceFile(name, in.readAllBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Decodes strictly: an invalid UTF-8 sequence is an error naming its line, never a
	 * replacement character that would silently end up in a department name. A leading
	 * byte order mark is dropped.
	 */
	public String decodeUtf8() {
		int start = startsWithBom(content) ? BOM.length : 0;
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
			throw new GazetteFormatException(name, lineOfByte(content, offset),
					"invalid UTF-8 at byte " + offset + "; expected UTF-8 text");
		}
		return out.flip().toString();
	}

	private static boolean startsWithBom(byte[] content) {
		return content.length >= BOM.length && content[0] == BOM[0] && content[1] == BOM[1] && content[2] == BOM[2];
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

}
