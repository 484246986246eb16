package org.policygraph.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.BiFunction;

import org.policygraph.ingest.record.ParsedFile;
import org.policygraph.ingest.source.GazetteFormatException;

/**
 * Reads and parses files in order on a thread of its own, a bounded number ahead of the
 * caller, so that on a machine with a second core the next batch is parsed while the
 * database writes the last one (parsing was a fifth of a bulk load's time). A malformed
 * or unreadable file is handed on as its failure, in its place; anything else the parser
 * throws (a bug) ends the run at that file.
 */
final class ParseAhead implements AutoCloseable {

	/**
	 * One file's outcome: what it holds, or why it can't be read.
	 *
	 * @param nanos the time reading and parsing it took
	 */
	record Outcome(Path file, ParsedFile parsed, Exception failure, long nanos) {
	}

	private static final Outcome END = new Outcome(null, null, null, 0);

	private final BlockingQueue<Object> ready;

	private final Thread parser;

	/**
	 * @param parse the parser, given the file's name and content
	 * @param ahead how many parsed files may wait for the caller
	 */
	ParseAhead(List<Path> files, BiFunction<String, byte[], ParsedFile> parse, int ahead) {
		this.ready = new ArrayBlockingQueue<>(ahead);
		this.parser = Thread.ofPlatform().name("parse-ahead").daemon().unstarted(() -> parseAll(files, parse));
		this.parser.start();
	}

	private void parseAll(List<Path> files, BiFunction<String, byte[], ParsedFile> parse) {
		try {
			for (Path file : files) {
				long start = System.nanoTime();
				Outcome outcome;
				try {
					outcome = new Outcome(file, parse.apply(file.getFileName().toString(), Files.readAllBytes(file)),
							null, System.nanoTime() - start);
				}
				catch (GazetteFormatException | IOException | UncheckedIOException ex) {
					outcome = new Outcome(file, null, ex, System.nanoTime() - start);
				}
				catch (RuntimeException | Error ex) {
					ready.put(ex);
					return;
				}
				ready.put(outcome);
			}
			ready.put(END);
		}
		catch (InterruptedException ex) {
			// the caller closed the run early
		}
	}

	/** The next file's outcome, in the order given; null after the last. */
	Outcome next() {
		Object next;
		try {
			next = ready.take();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while waiting for the parser", ex);
		}
		if (next instanceof RuntimeException ex) {
			throw ex;
		}
		if (next instanceof Error error) {
			throw error;
		}
		if (next == END) {
			ready.add(END);
			return null;
		}
		return (Outcome) next;
	}

	@Override
	public void close() {
		parser.interrupt();
	}

}
