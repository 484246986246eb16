package org.policygraph.neo4j;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import org.neo4j.driver.exceptions.RetryableException;

/**
 * Runs work again after a transient failure, as the driver retries a managed transaction:
 * what it retries ({@link RetryableException}: a deadlock, a leader switch, a database
 * briefly away), its delays (1 s, doubled each time, &plusmn;20 %), and for how long. Our
 * code retries where the driver can't: an auto-commit read (reads, within the driver's
 * retry time and the request's deadline), and an ingest batch, whose transaction may be
 * retried for longer than the driver's few seconds.
 */
public final class Retries {

	/** The driver's first delay, doubled each time. */
	private static final long FIRST_DELAY_MS = 1000;

	/** Waits between tries; a test's moves its own clock instead. */
	public interface Sleeper {

		void sleep(long millis);

	}

	/** Told of each failure that is retried, before the wait. */
	public interface Listener {

		Listener NONE = (failure, nextAttempt, delayMillis) -> {
		};

		void retrying(RuntimeException failure, int nextAttempt, long delayMillis);

	}

	private final Duration maxRetryTime;

	private final LongSupplier clock;

	private final Sleeper sleeper;

	/**
	 * @param maxRetryTime how long after the first try another may start
	 * @param clock nanoseconds, as {@link System#nanoTime()}
	 */
	public Retries(Duration maxRetryTime, LongSupplier clock, Sleeper sleeper) {
		this.maxRetryTime = maxRetryTime;
		this.clock = clock;
		this.sleeper = sleeper;
	}

	/** On the system's clock, waiting with {@link Thread#sleep}. */
	public static Retries within(Duration maxRetryTime) {
		return new Retries(maxRetryTime, System::nanoTime, Retries::sleep);
	}

	/**
	 * Runs {@code attempt} again after each transient failure as long as the next try
	 * would start within the retry time of the first and before {@code deadline}; then
	 * the last failure is thrown, the earlier ones suppressed in it.
	 * @param deadline on the clock, or null for none
	 */
	public <T> T run(Supplier<T> attempt, Long deadline, Listener listener) {
		long start = clock.getAsLong();
		long delay = FIRST_DELAY_MS;
		List<RuntimeException> earlier = new ArrayList<>();
		for (int tries = 1;; tries++) {
			try {
				return attempt.get();
			}
			catch (RuntimeException ex) {
				double jitter = 0.2 * delay;
				long next = delay + (long) ThreadLocalRandom.current().nextDouble(-jitter, jitter);
				long nextStart = clock.getAsLong() + TimeUnit.MILLISECONDS.toNanos(next);
				if (!(ex instanceof RetryableException) || nextStart - start > maxRetryTime.toNanos()
						|| (deadline != null && nextStart - deadline > 0)) {
					earlier.forEach(ex::addSuppressed);
					throw ex;
				}
				earlier.add(ex);
				listener.retrying(ex, tries + 1, next);
				sleeper.sleep(next);
				delay *= 2;
			}
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while waiting to retry", ex);
		}
	}

}
