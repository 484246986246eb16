package org.policygraph.digest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Lower-case hex SHA-256, the one content hash of the project: of gazette files (kept on
 * each issue), of the seed (to skip an unchanged seed) and of schema migrations.
 */
public final class Sha256 {

	private Sha256() {
	}

	/** The hash of the parts one after the other, as if they were one array. */
	public static String hex(byte[]... parts) {
		MessageDigest digest = digest();
		for (byte[] part : parts) {
			digest.update(part);
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	/** The hash of the text's UTF-8 bytes. */
	public static String hex(String text) {
		return hex(text.getBytes(StandardCharsets.UTF_8));
	}

	private static MessageDigest digest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every JVM has SHA-256", ex);
		}
	}

}
