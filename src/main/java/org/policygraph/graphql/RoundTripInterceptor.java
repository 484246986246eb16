package org.policygraph.graphql;

import java.util.Map;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Reports in {@code extensions.cypherQueries} how many Cypher queries a request cost, so the bounded
 * round-trip promise is visible to tests and benchmarks, not just claimed.
 */
@Component
class RoundTripInterceptor implements WebGraphQlInterceptor {

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		Neo4jReads.startCounting();
		return chain.next(request).map(response -> {
			int queries = Neo4jReads.stopCounting();
			return response.transform(builder -> builder.extensions(Map.of("cypherQueries", queries)));
		});
	}
}
