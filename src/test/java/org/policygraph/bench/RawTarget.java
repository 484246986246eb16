package org.policygraph.bench;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;

/**
 * The floor: the hand-written Cypher of each question through the Java driver, every
 * record fully received, asked as our API's reads are: in an auto-commit query, as by
 * default, or with {@code BENCH_AUTO_COMMIT=false} in a managed read transaction, our API
 * then started with {@code policygraph.api.auto-commit-reads=false} ({@link Servers}).
 */
final class RawTarget implements Target {

	private static final SessionConfig READ = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build();

	private final Driver driver;

	static final boolean AUTO_COMMIT = !"false".equalsIgnoreCase(System.getenv("BENCH_AUTO_COMMIT"));

	private final boolean managed = !AUTO_COMMIT;

	RawTarget(Driver driver) {
		this.driver = driver;
	}

	@Override
	public String name() {
		return "raw";
	}

	@Override
	public boolean asks(Catalog.Question question) {
		return question.raw() != null;
	}

	@Override
	public Call prepare(Catalog.Question question) {
		String cypher = question.raw().cypher();
		var parameters = question.raw().parameters();
		return () -> {
			try (var session = driver.session(READ)) {
				int rows = managed ? session.executeRead(tx -> tx.run(cypher, parameters).list(Record::values).size())
						: session.run(cypher, parameters).list(Record::values).size();
				if (rows == 0) {
					throw new IllegalStateException("no rows for " + question.name());
				}
			}
			return 1;
		};
	}

	/** The rows of one question, for checking answers by eye. */
	java.util.List<java.util.Map<String, Object>> answer(Catalog.Question question) {
		try (var session = driver.session(READ)) {
			return session
				.executeRead(tx -> tx.run(question.raw().cypher(), question.raw().parameters()).list(Record::asMap));
		}
	}

}
