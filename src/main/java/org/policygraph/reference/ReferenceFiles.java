package org.policygraph.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiFunction;

/** The one way the reference tables are read: UTF-8 lines, named for error messages. */
public final class ReferenceFiles {

	private ReferenceFiles() {
	}

	/** Parses a stream's lines; the stream is closed. */
	public static <T> T load(InputStream in, String fileName, BiFunction<List<String>, String, T> parse) {
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			return parse.apply(reader.lines().toList(), fileName);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + fileName, ex);
		}
	}

	/**
	 * A table built into the application ({@code graph-seed/departments.tsv}), from the
	 * classpath, or, when the classpath has no copy (tests run from the project directory
	 * before the build copies it), from the project directory.
	 */
	public static <T> T loadBuiltIn(String resource, BiFunction<List<String>, String, T> parse) {
		InputStream in = ReferenceFiles.class.getClassLoader().getResourceAsStream(resource);
		if (in != null) {
			return load(in, resource, parse);
		}
		Path file = Path.of(resource);
		if (!Files.isRegularFile(file)) {
			throw new IllegalStateException(
					"no " + resource + " on the classpath nor in " + Path.of("").toAbsolutePath());
		}
		try {
			return load(Files.newInputStream(file), file.toString(), parse);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + file, ex);
		}
	}

}
