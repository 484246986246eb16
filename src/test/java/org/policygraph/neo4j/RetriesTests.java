package org.policygraph.neo4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.TransientException;

/**
 * Auto-commit reads and ingest batches are retried as the driver retries a managed
 * transaction: what it retries, with its delays, within the retry time and a request's
 * deadline.
 */
class RetriesTests {

	private final List<Long> slept = new ArrayList<>();

	/** A clock that only the sleeps move. */
	private long now = 1_000_000_000L;

	private final Retries.Sleeper sleeper = millis -> {
		slept.add(millis);
		now += TimeUnit.MILLISECONDS.toNanos(millis);
	};

	private long now() {
		return now;
	}

	private Retries retries(Duration maxRetryTime) {
		return new Retries(maxRetryTime, this::now, sleeper);
	}

	@Test
	void transientFailuresAreRetriedWithTheDriversDelays() {
		AtomicInteger tries = new AtomicInteger();
		String answer = retries(Duration.ofSeconds(30)).run(() -> {
			if (tries.incrementAndGet() < 4) {
				throw tries.get() == 2 ? new ServiceUnavailableException("away")
						: new TransientException("Neo.TransientError.General.MemoryPoolOutOfMemoryError", "busy");
			}
			return "rows";
		}, null, Retries.Listener.NONE);

		assertThat(answer).isEqualTo("rows");
		assertThat(tries).hasValue(4);
		assertThat(slept).hasSize(3);
		assertThat(slept.get(0)).isBetween(800L, 1200L);
		assertThat(slept.get(1)).isBetween(1600L, 2400L);
		assertThat(slept.get(2)).isBetween(3200L, 4800L);
	}

	@Test
	void aClientErrorIsNotRetried() {
		AtomicInteger tries = new AtomicInteger();
		assertThatThrownBy(() -> retries(Duration.ofSeconds(30)).run(() -> {
			tries.incrementAndGet();
			throw new ClientException("Neo.ClientError.Statement.SyntaxError", "bad");
		}, null, Retries.Listener.NONE)).isInstanceOf(ClientException.class);
		assertThat(tries).hasValue(1);
		assertThat(slept).isEmpty();
	}

	@Test
	void retriesStopAtTheRetryTimeWithTheEarlierFailuresSuppressed() {
		AtomicInteger tries = new AtomicInteger();
		// the first delay (0.8-1.2 s) starts the second try within 1.8 s of the first;
		// with
		// the second (1.6-2.4 s) the third would start 2.4 s or more after it, whatever
		// the jitter
		assertThatThrownBy(() -> retries(Duration.ofMillis(1800)).run(() -> {
			throw new TransientException("Neo.TransientError.General.DatabaseUnavailable",
					"try " + tries.incrementAndGet());
		}, null, Retries.Listener.NONE)).isInstanceOf(TransientException.class)
			.hasMessage("try 2")
			.satisfies(ex -> assertThat(ex.getSuppressed()).hasSize(1));
		assertThat(slept).hasSize(1);
	}

	@Test
	void retriesStopAtTheRequestsDeadline() {
		AtomicInteger tries = new AtomicInteger();
		long deadline = now + TimeUnit.MILLISECONDS.toNanos(500);
		assertThatThrownBy(() -> retries(Duration.ofSeconds(30)).run(() -> {
			tries.incrementAndGet();
			throw new ServiceUnavailableException("away");
		}, deadline, Retries.Listener.NONE)).isInstanceOf(ServiceUnavailableException.class);
		assertThat(tries).hasValue(1);
	}

	@Test
	void theListenerIsToldOfEachRetryBeforeItsWait() {
		AtomicInteger tries = new AtomicInteger();
		List<String> told = new ArrayList<>();
		retries(Duration.ofSeconds(30)).run(() -> {
			if (tries.incrementAndGet() < 3) {
				throw new ServiceUnavailableException("away " + tries.get());
			}
			return "rows";
		}, null, (failure, attempt, delay) -> told
			.add(failure.getMessage() + " -> " + attempt + " after " + delay + " ms, " + slept.size() + " slept"));
		assertThat(told).containsExactly("away 1 -> 2 after " + slept.get(0) + " ms, 0 slept",
				"away 2 -> 3 after " + slept.get(1) + " ms, 1 slept");
	}

}
