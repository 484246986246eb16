package org.policygraph.guard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

import graphql.language.AstPrinter;
import graphql.language.Document;
import graphql.parser.Parser;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The operations of the queries/ catalog, for deployments that run nothing else. A client
 * sends a document either as text, compared by syntax tree so comments and formatting
 * don't matter, or by id: its file name ({@code 01-item-leads}) or the SHA-256 of the
 * file ({@code sha256:...}).
 */
public final class TrustedDocuments {

	private final Map<String, String> byNormalisedText;

	private final Map<String, String> byId;

	TrustedDocuments(Map<String, String> textsByFileName) {
		this.byNormalisedText = new HashMap<>();
		this.byId = new HashMap<>();
		textsByFileName.forEach((fileName, text) -> {
			byNormalisedText.putIfAbsent(normalise(text), fileName);
			byId.put(fileName, text);
			byId.put(fileName.replaceFirst("\\.graphql$", ""), text);
			byId.put("sha256:" + sha256(text), text);
		});
	}

	/**
	 * The catalog built into the application (the build copies queries/ to the
	 * classpath).
	 */
	public static TrustedDocuments catalog() {
		try {
			Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:queries/*.graphql");
			Map<String, String> texts = new HashMap<>();
			for (Resource file : files) {
				texts.putIfAbsent(file.getFilename(), file.getContentAsString(StandardCharsets.UTF_8));
			}
			return new TrustedDocuments(texts);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The catalog's file names by normalised text. */
	public Map<String, String> names() {
		return Map.copyOf(byNormalisedText);
	}

	boolean allows(Document query) {
		return byNormalisedText.containsKey(AstPrinter.printAstCompact(query));
	}

	/**
	 * The text of the catalog document with this id (file name, with or without .graphql,
	 * or sha256:hex).
	 */
	String text(String documentId) {
		return byId.get(documentId);
	}

	static String normalise(String query) {
		return AstPrinter.printAstCompact(Parser.parse(query));
	}

	static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
