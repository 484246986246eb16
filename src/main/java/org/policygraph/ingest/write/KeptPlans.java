package org.policygraph.ingest.write;

import java.util.Map;

import org.neo4j.driver.Query;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.SimpleQueryRunner;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/**
 * The write transaction of an issue batch, whose statements keep the plan they were first
 * given ({@code CYPHER replan=skip}). While a fresh store grows, the database plans every
 * statement again each time its statistics have moved enough (every 10 s in an ingest of
 * 1,000 issues), and that planning was a fifth of the database's work in an ingest. The
 * statements find every node they write or link by an index (WritePlansIT plans each one
 * on an empty store and checks), so the first plan stays right at any size.
 */
final class KeptPlans implements TransactionContext {

	static final String OPTION = "CYPHER replan=skip ";

	private final SimpleQueryRunner tx;

	KeptPlans(SimpleQueryRunner tx) {
		this.tx = tx;
	}

	@Override
	public Result run(String query, Value parameters) {
		return this.tx.run(OPTION + query, parameters);
	}

	@Override
	public Result run(String query, Map<String, Object> parameters) {
		return this.tx.run(OPTION + query, parameters);
	}

	@Override
	public Result run(String query, Record parameters) {
		return this.tx.run(OPTION + query, parameters);
	}

	@Override
	public Result run(String query) {
		return this.tx.run(OPTION + query);
	}

	@Override
	public Result run(Query query) {
		return this.tx.run(query.withText(OPTION + query.text()));
	}

}
