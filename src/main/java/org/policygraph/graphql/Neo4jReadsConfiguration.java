package org.policygraph.graphql;

import java.time.Duration;

import org.neo4j.driver.Driver;
import org.policygraph.guard.GuardProperties;
import org.policygraph.neo4j.Neo4jReads;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API's reads with the guard's limits: a read's timeout and a request's deadline,
 * which {@link RoundTripInterceptor} starts for each GraphQL request.
 */
@Configuration(proxyBeanMethods = false)
class Neo4jReadsConfiguration {

	/**
	 * Auto-commit reads unless asked otherwise: one Bolt exchange instead of BEGIN, RUN
	 * and COMMIT, a third to a half more throughput on point lookups and a fifth to a
	 * third less of the database's CPU (BENCHMARKS.md, sixth run); retried as the driver
	 * retries a managed transaction ({@link org.policygraph.neo4j.Retries}). They were
	 * opt-in while a fan-out overran its deadline by up to 1.3 s; that was the compiled
	 * statement in flight at the deadline, in both modes, and no root that large is
	 * compiled now (CompiledQueries.MAX_COST).
	 */
	@Bean
	Neo4jReads neo4jReads(Driver driver, GuardProperties limits,
			@Value("${policygraph.api.auto-commit-reads:true}") boolean autoCommit,
			@Value("${spring.neo4j.max-transaction-retry-time:3s}") Duration maxRetryTime) {
		return new Neo4jReads(driver, limits.queryTimeout(), limits.requestTimeout(), autoCommit, maxRetryTime);
	}

}
