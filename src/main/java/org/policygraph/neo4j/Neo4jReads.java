package org.policygraph.neo4j;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.ClientException;

/**
 * The one way API code reads the graph: a retried read routed to any cluster member,
 * mapped inside the call; a managed read transaction, or with {@code autoCommit} one
 * auto-commit query retried here as the driver retries a managed one. Counting here is
 * what lets tests and benchmarks state the Cypher round trips a GraphQL request costs,
 * and the request's deadline here is what makes the request timeout real: the engine runs
 * a request's data fetchers on the request's thread, so nothing else could stop them.
 */
public final class Neo4jReads {

	private static final ThreadLocal<Budget> REQUEST = new ThreadLocal<>();

	private final Driver driver;

	private final AtomicLong total = new AtomicLong();

	private final Duration queryTimeout;

	private final Duration requestTimeout;

	private final boolean autoCommit;

	private final Retries retries;

	/**
	 * @param queryTimeout the longest one read may run
	 * @param requestTimeout the longest all reads of one request may take together
	 * @param autoCommit each read one auto-commit query: one round trip instead of the
	 * managed transaction's BEGIN, RUN and COMMIT, a fifth to a quarter less of the
	 * database's CPU on a point lookup (BENCHMARKS.md); its transient failures retried
	 * here ({@link Retries}) for up to {@code maxRetryTime}, as the driver retries a
	 * managed transaction
	 * @param maxRetryTime how long an auto-commit read's transient failures are retried
	 * (the driver's {@code max-transaction-retry-time})
	 */
	public Neo4jReads(Driver driver, Duration queryTimeout, Duration requestTimeout, boolean autoCommit,
			Duration maxRetryTime) {
		this.driver = driver;
		this.queryTimeout = queryTimeout;
		this.requestTimeout = requestTimeout;
		this.autoCommit = autoCommit;
		this.retries = Retries.within(maxRetryTime);
	}

	/**
	 * What one GraphQL request has spent so far: queries run, and time until its
	 * deadline.
	 */
	public static final class Budget {

		private final long deadline;

		private int queries;

		private Budget(long deadline) {
			this.deadline = deadline;
		}

		public int queries() {
			return queries;
		}

	}

	public <T> List<T> list(String cypher, Map<String, Object> parameters, Function<Record, T> mapper) {
		total.incrementAndGet();
		Duration timeout = queryTimeout;
		boolean cappedByDeadline = false;
		Budget budget = REQUEST.get();
		if (budget != null) {
			budget.queries++;
			long left = budget.deadline - System.nanoTime();
			if (left <= 0) {
				throw new RequestTimeoutException(requestTimeout);
			}
			Duration untilDeadline = Duration.ofMillis(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
			if (untilDeadline.compareTo(queryTimeout) < 0) {
				timeout = untilDeadline;
				cappedByDeadline = true;
			}
		}
		// The server terminates a read that runs longer, so one slow query can't hold the
		// database.
		TransactionConfig config = TransactionConfig.builder().withTimeout(timeout).build();
		try {
			if (autoCommit) {
				return retries.run(() -> {
					try (Session session = driver.session(READ)) {
						return session.run(cypher, parameters, config).list(mapper);
					}
				}, budget == null ? null : budget.deadline, Retries.Listener.NONE);
			}
			try (Session session = driver.session(READ)) {
				return session.executeRead(tx -> tx.run(cypher, parameters).list(mapper), config);
			}
		}
		catch (ClientException ex) {
			// The transaction's timeout was what was left of the request's: the request's
			// deadline stopped it, not a query too slow on its own.
			if (cappedByDeadline && isTimeout(ex)) {
				throw new RequestTimeoutException(requestTimeout);
			}
			throw ex;
		}
	}

	private static final SessionConfig READ = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build();

	/** The server's error for a transaction it terminated at its timeout. */
	public static boolean isTimeout(Throwable ex) {
		return ex instanceof ClientException client && client.code() != null
				&& client.code().contains("TransactionTimedOut");
	}

	public <T> T single(String cypher, Map<String, Object> parameters, Function<Record, T> mapper) {
		List<T> rows = list(cypher, parameters, mapper);
		return rows.isEmpty() ? null : rows.getFirst();
	}

	/**
	 * Rows grouped by a key column, in row order: the shape of every batched lookup ("the
	 * tasks of each of these departments").
	 */
	public <T> Map<String, List<T>> grouped(String cypher, Map<String, Object> parameters, String keyColumn,
			Function<Record, T> mapper) {
		// grouped after the read, not in its mapper: a retried read maps its rows again,
		// and a failed try's rows would stay in the groups
		Map<String, List<T>> groups = new HashMap<>();
		for (Keyed<T> row : list(cypher, parameters, r -> new Keyed<>(r.get(keyColumn).asString(), mapper.apply(r)))) {
			groups.computeIfAbsent(row.key(), k -> new ArrayList<>()).add(row.value());
		}
		return groups;
	}

	private record Keyed<T>(String key, T value) {
	}

	/**
	 * Queries run since the process started; tests take differences around one request.
	 */
	public long totalQueries() {
		return total.get();
	}

	/**
	 * Starts counting and timing a request on this thread, which runs its data fetchers.
	 */
	public Budget beginRequest() {
		Budget budget = new Budget(System.nanoTime() + requestTimeout.toNanos());
		REQUEST.set(budget);
		return budget;
	}

	public void endRequest() {
		REQUEST.remove();
	}

}
