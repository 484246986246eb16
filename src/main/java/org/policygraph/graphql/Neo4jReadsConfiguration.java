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
	 * Managed read transactions unless asked otherwise: auto-commit reads are a third to
	 * a half faster on point lookups (BENCHMARKS.md, sixth run), but a fan-out of large
	 * compiled roots once overran its deadline by 1.3 s with them in CI
	 * ({@code ExecutionLimitsIT}, bound 1 s), against at most 0.2 s in the managed runs
	 * since the walk's field limit; until that tail is understood they stay opt-in.
	 */
	@Bean
	Neo4jReads neo4jReads(Driver driver, GuardProperties limits,
			@Value("${policygraph.api.auto-commit-reads:false}") boolean autoCommit,
			@Value("${spring.neo4j.max-transaction-retry-time:3s}") Duration maxRetryTime) {
		return new Neo4jReads(driver, limits.queryTimeout(), limits.requestTimeout(), autoCommit, maxRetryTime);
	}

}
