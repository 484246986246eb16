package org.policygraph.graphql;

import java.util.LinkedHashMap;
import java.util.Map;

import graphql.ExecutionResult;
import org.policygraph.neo4j.Neo4jReads;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Starts each request's budget (its deadline, see {@link Neo4jReads}) and reports in
 * {@code extensions.cypherQueries} how many Cypher queries the request cost, so the
 * bounded round-trip promise is visible to tests and benchmarks, not just claimed.
 */
@Component
class RoundTripInterceptor implements WebGraphQlInterceptor {

	private final Neo4jReads reads;

	RoundTripInterceptor(Neo4jReads reads) {
		this.reads = reads;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		Neo4jReads.Budget budget = reads.beginRequest();
		return chain.next(request).map(response -> {
			reads.endRequest();
			Map<Object, Object> extensions = counted(response.getExecutionResult().getExtensions(), budget.queries());
			return response.transform(builder -> builder.extensions(extensions));
		});
	}

	/** A request answered without the engine ({@link Repeats}), counted the same way. */
	static ExecutionResult counted(ExecutionResult result, int queries) {
		Map<Object, Object> extensions = counted(result.getExtensions(), queries);
		return result.transform(builder -> builder.extensions(extensions));
	}

	/** Added to what the engine reported (the request's cost), not instead of it. */
	private static Map<Object, Object> counted(Map<Object, Object> reported, int queries) {
		Map<Object, Object> extensions = new LinkedHashMap<>(reported == null ? Map.of() : reported);
		extensions.put("cypherQueries", queries);
		return extensions;
	}

}
