package org.policygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.ingest.record.ParsedFile;
import org.policygraph.ingest.source.GazetteFormatException;

class ParseAheadTests {

	@TempDir
	Path dir;

	@Test
	void outcomesComeInTheFilesOrderWhateverThreadFinishesFirst() throws IOException {
		List<Path> files = files(12);
		Set<String> threads = ConcurrentHashMap.newKeySet();
		List<String> order = new ArrayList<>();
		// earlier files take longer, so on three threads later ones finish first
		try (ParseAhead parser = new ParseAhead(files, (name, content) -> {
			threads.add(Thread.currentThread().getName());
			sleep(5 * (12 - Integer.parseInt(name.substring(5, 7))));
			return null;
		}, 6, 3)) {
			for (ParseAhead.Outcome outcome = parser.next(); outcome != null; outcome = parser.next()) {
				order.add(outcome.file().getFileName().toString());
			}
		}
		assertThat(order).containsExactlyElementsOf(files.stream().map(f -> f.getFileName().toString()).toList());
		assertThat(threads).hasSizeGreaterThan(1);
	}

	@Test
	void aMalformedFileIsHandedOnInItsPlaceAndABugEndsTheRunAtItsFile() throws IOException {
		List<Path> files = files(6);
		try (ParseAhead parser = new ParseAhead(files, (name, content) -> {
			if (name.equals("issue01.txt")) {
				throw new GazetteFormatException(name, 3, "no masthead");
			}
			if (name.equals("issue03.txt")) {
				throw new IllegalStateException("a bug");
			}
			return (ParsedFile) null;
		}, 4, 2)) {
			assertThat(parser.next().failure()).isNull();
			assertThat(parser.next().failure()).isInstanceOf(GazetteFormatException.class)
				.hasMessageContaining("no masthead");
			assertThat(parser.next().file().getFileName()).hasToString("issue02.txt");
			assertThatThrownBy(parser::next).isInstanceOf(IllegalStateException.class).hasMessage("a bug");
		}
	}

	private List<Path> files(int count) throws IOException {
		List<Path> files = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			files.add(Files.writeString(dir.resolve("issue%02d.txt".formatted(i)), "issue " + i));
		}
		return files;
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
