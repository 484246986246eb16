package org.policygraph.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;

import org.policygraph.ingest.record.ParsedFile;
import org.policygraph.ingest.source.GazetteFormatException;

/**
 * Reads and parses files on threads of their own, a bounded number ahead of the caller,
 * and hands them on in the order given: on a machine with a second core the next batch is
 * parsed while the database writes the last one (parsing was a fifth of a bulk load's
 * time), and a bulk load, which writes nothing until every file is parsed, parses on all
 * cores. Files are independent, so the outcomes don't depend on how many threads read
 * them. A malformed or unreadable file is handed on as its failure, in its place;
 * anything else the parser throws (a bug) ends the run at that file.
 */
final class ParseAhead implements AutoCloseable {

	/**
	 * One file's outcome: what it holds, or why it can't be read.
	 *
	 * @param nanos the time reading and parsing it took
	 */
	record Outcome(Path file, ParsedFile parsed, Exception failure, long nanos) {
	}

	private final Iterator<Path> files;

	private final BiFunction<String, byte[], ParsedFile> parse;

	private final int ahead;

	private final ExecutorService parsers;

	/** The files handed to the parsers and not yet to the caller, in order. */
	private final ArrayDeque<Future<Outcome>> inFlight = new ArrayDeque<>();

	/**
	 * On one thread.
	 * @param parse the parser, given the file's name and content
	 * @param ahead how many files may be parsed before the caller asks for them
	 */
	ParseAhead(List<Path> files, BiFunction<String, byte[], ParsedFile> parse, int ahead) {
		this(files, parse, ahead, 1);
	}

	/**
	 * @param threads how many files are parsed at once
	 */
	ParseAhead(List<Path> files, BiFunction<String, byte[], ParsedFile> parse, int ahead, int threads) {
		this.files = files.iterator();
		this.parse = parse;
		this.ahead = Math.max(ahead, threads);
		this.parsers = Executors.newFixedThreadPool(threads,
				Thread.ofPlatform().name("parse-ahead-", 1).daemon().factory());
		fill();
	}

	private void fill() {
		while (inFlight.size() < ahead && files.hasNext()) {
			Path file = files.next();
			inFlight.add(parsers.submit(() -> parseOne(file)));
		}
	}

	private Outcome parseOne(Path file) {
		long start = System.nanoTime();
		try {
			return new Outcome(file, parse.apply(file.getFileName().toString(), Files.readAllBytes(file)), null,
					System.nanoTime() - start);
		}
		catch (GazetteFormatException | IOException | UncheckedIOException ex) {
			return new Outcome(file, null, ex, System.nanoTime() - start);
		}
	}

	/** The next file's outcome, in the order given; null after the last. */
	Outcome next() {
		Future<Outcome> next = inFlight.poll();
		if (next == null) {
			return null;
		}
		try {
			return next.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while waiting for the parser", ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException(ex.getCause());
		}
		finally {
			fill();
		}
	}

	@Override
	public void close() {
		parsers.shutdownNow();
	}

}
