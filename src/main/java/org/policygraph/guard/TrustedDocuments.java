package org.policygraph.guard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The operations of the queries/ catalog, for deployments that run nothing else. Documents are compared by
 * their text with comments and insignificant whitespace removed, so formatting doesn't matter.
 */
public final class TrustedDocuments {

	private final Map<String, String> byNormalisedText;

	TrustedDocuments(Map<String, String> byNormalisedText) {
		this.byNormalisedText = byNormalisedText;
	}

	/** The catalog built into the application (the build copies queries/ to the classpath). */
	public static TrustedDocuments catalog() {
		try {
			Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:queries/*.graphql");
			return new TrustedDocuments(Arrays.stream(files)
				.collect(Collectors.toMap(f -> normalise(read(f)), Resource::getFilename, (a, b) -> a)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public Map<String, String> names() {
		return byNormalisedText;
	}

	boolean allows(String query) {
		return byNormalisedText.containsKey(normalise(query));
	}

	static String normalise(String query) {
		return query.lines()
			.map(line -> line.replaceAll("#.*$", ""))
			.collect(Collectors.joining(" "))
			.replaceAll("\\s+", " ")
			.replaceAll(" ?([{}():,!$=\\[\\]]) ?", "$1")
			.strip();
	}

	private static String read(Resource resource) {
		try {
			return resource.getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
