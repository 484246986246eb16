package org.policygraph.ingest.parse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.policygraph.department.DepartmentRegistry;
import org.policygraph.funding.FundingGrammar;
import org.policygraph.ingest.record.Gazette;

/**
 * The real gazette, its lines, and a parser wired to the real department registry and
 * funding grammar.
 */
final class Gazettes {

	static final String FILE = "jilin-gazette-2017-22.txt";

	static final Path PATH = Path.of("graph-seed", FILE);

	private static final DepartmentRegistry REGISTRY = DepartmentRegistry.loadDefault();

	private static Gazette parsed;

	private Gazettes() {
	}

	static byte[] bytes() {
		try {
			return Files.readAllBytes(PATH);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String text() {
		return new String(bytes(), StandardCharsets.UTF_8);
	}

	/** The file's lines, 0-based: line n of the file is {@code lines().get(n - 1)}. */
	static List<String> lines() {
		return List.of(text().split("\n", -1));
	}

	static GazetteParser parser() {
		return new GazetteParser(REGISTRY, new FundingGrammar());
	}

	/** The real issue, parsed once for all tests. */
	static synchronized Gazette real() {
		if (parsed == null) {
			parsed = parser().parse(FILE, bytes());
		}
		return parsed;
	}

}
