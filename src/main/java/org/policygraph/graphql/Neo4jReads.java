package org.policygraph.graphql;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import java.time.Duration;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The one way API code reads the graph: a managed, retried read transaction routed to any cluster member,
 * mapped inside the call. Counting here is what lets tests and benchmarks state the Cypher round trips a
 * GraphQL request costs.
 */
@Component
public final class Neo4jReads {

	private static final ThreadLocal<int[]> REQUEST_COUNT = new ThreadLocal<>();

	private final Driver driver;

	private final AtomicLong total = new AtomicLong();

	private final TransactionConfig transactionConfig;

	Neo4jReads(Driver driver, @Value("${policygraph.api.query-timeout:10s}") Duration queryTimeout) {
		this.driver = driver;
		// The server terminates a read that runs longer, so one slow query can't hold the database.
		this.transactionConfig = TransactionConfig.builder().withTimeout(queryTimeout).build();
	}

	public <T> List<T> list(String cypher, Map<String, Object> parameters, Function<Record, T> mapper) {
		count();
		try (Session session = driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
			return session.executeRead(tx -> tx.run(cypher, parameters).list(mapper), transactionConfig);
		}
	}

	public <T> T single(String cypher, Map<String, Object> parameters, Function<Record, T> mapper) {
		List<T> rows = list(cypher, parameters, mapper);
		return rows.isEmpty() ? null : rows.getFirst();
	}

	/**
	 * Rows grouped by a key column, in row order: the shape of every batched lookup ("the tasks of each of
	 * these departments").
	 */
	public <T> Map<String, List<T>> grouped(String cypher, Map<String, Object> parameters, String keyColumn,
			Function<Record, T> mapper) {
		Map<String, List<T>> groups = new HashMap<>();
		list(cypher, parameters, r -> groups.computeIfAbsent(r.get(keyColumn).asString(), k -> new ArrayList<>())
			.add(mapper.apply(r)));
		return groups;
	}

	/** Queries run since the process started; tests take differences around one request. */
	public long totalQueries() {
		return total.get();
	}

	private void count() {
		total.incrementAndGet();
		int[] perRequest = REQUEST_COUNT.get();
		if (perRequest != null) {
			perRequest[0]++;
		}
	}

	static void startCounting() {
		REQUEST_COUNT.set(new int[1]);
	}

	static int stopCounting() {
		int[] count = REQUEST_COUNT.get();
		REQUEST_COUNT.remove();
		return count == null ? 0 : count[0];
	}
}
