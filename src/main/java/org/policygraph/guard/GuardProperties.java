package org.policygraph.guard;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of the public API; every rejection is a 4xx (or 503 when the server is busy)
 * that names the limit.
 *
 * @param maxBodyBytes largest request body accepted
 * @param bodyTimeout the time a client may take to send its whole request body (408)
 * @param minBodyRate bytes per second a client must keep up while sending its body,
 * checked after the first second (408)
 * @param maxDepth deepest field nesting (fragments expanded)
 * @param maxFields most field selections in one request (aliases and fragment expansions
 * counted)
 * @param maxTokens parser limit on query tokens
 * @param maxCost the most a request's estimated cost may be (see {@link QueryCost})
 * @param maxAnswerBytes the execution stops once its answer grows past this estimate
 * @param maxConcurrent GraphQL executions and exports that run at once; 0 means four per
 * processor
 * @param queueTimeout how long a request waits for one of those slots before a 503
 * @param requestTimeout the time one request may take: field fetches stop once it has
 * passed, and each Cypher query's transaction timeout is what is left of it
 * @param queryTimeout a Neo4j transaction still running after this is terminated
 * (QUERY_TIMEOUT)
 * @param trustedDocuments when true, only the operations of the queries/ catalog run
 * @param introspection whether {@code __schema} and {@code __type} are answered (GraphiQL
 * needs them); also switches GraphiQL and the printed schema at /graphql/schema
 * @param adminToken the token that the admin endpoints require; empty disables them
 */
@ConfigurationProperties("policygraph.api")
public record GuardProperties(@DefaultValue("65536") int maxBodyBytes, @DefaultValue("10s") Duration bodyTimeout,
		@DefaultValue("1024") int minBodyRate, @DefaultValue("12") int maxDepth, @DefaultValue("600") int maxFields,
		@DefaultValue("15000") int maxTokens, @DefaultValue("20000") int maxCost,
		@DefaultValue("5242880") long maxAnswerBytes, @DefaultValue("0") int maxConcurrent,
		@DefaultValue("2s") Duration queueTimeout, @DefaultValue("15s") Duration requestTimeout,
		@DefaultValue("10s") Duration queryTimeout, @DefaultValue("false") boolean trustedDocuments,
		@DefaultValue("true") boolean introspection, @DefaultValue("") String adminToken) {

	/** The concurrency limit in effect. */
	public int concurrency() {
		return maxConcurrent > 0 ? maxConcurrent : 4 * Runtime.getRuntime().availableProcessors();
	}

}
