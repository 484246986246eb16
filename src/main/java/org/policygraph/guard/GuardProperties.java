package org.policygraph.guard;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of the public API; every rejection is a 4xx that names the limit.
 *
 * @param maxBodyBytes largest request body accepted
 * @param maxDepth deepest field nesting (fragments expanded)
 * @param maxFields most field selections in one request (aliases and fragment expansions
 * counted)
 * @param maxTokens parser limit on query tokens
 * @param requestTimeout the time one request's Cypher queries may take together: each
 * query's transaction timeout is what is left of it, and a query that would start after
 * it answers REQUEST_TIMEOUT
 * @param queryTimeout a Neo4j transaction still running after this is terminated
 * (QUERY_TIMEOUT)
 * @param trustedDocuments when true, only the operations of the queries/ catalog run
 * @param introspection whether {@code __schema} and {@code __type} are answered (GraphiQL
 * needs them); also switches GraphiQL and the printed schema at /graphql/schema
 * @param adminToken the token that the admin endpoints require; empty disables them
 */
@ConfigurationProperties("policygraph.api")
public record GuardProperties(@DefaultValue("65536") int maxBodyBytes, @DefaultValue("12") int maxDepth,
		@DefaultValue("600") int maxFields, @DefaultValue("15000") int maxTokens,
		@DefaultValue("15s") Duration requestTimeout, @DefaultValue("10s") Duration queryTimeout,
		@DefaultValue("false") boolean trustedDocuments, @DefaultValue("true") boolean introspection,
		@DefaultValue("") String adminToken) {
}
