package org.policygraph.bench;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;

/**
 * The floor: the hand-written Cypher of each question through the Java driver, every
 * record fully received, in an auto-commit query as our API's reads are
 * ({@code policygraph.api.auto-commit-reads}); {@code BENCH_RAW_MANAGED=true} asks in a
 * managed read transaction instead, as both did before 2026-12-02's sixth run.
 */
final class RawTarget implements Target {

	private static final SessionConfig READ = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build();

	private final Driver driver;

	private final boolean managed = Boolean.parseBoolean(System.getenv("BENCH_RAW_MANAGED"));

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
