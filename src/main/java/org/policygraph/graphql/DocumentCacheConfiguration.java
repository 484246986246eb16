package org.policygraph.graphql;

import java.util.concurrent.CompletableFuture;

import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import org.policygraph.neo4j.LruCache;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Parsed and validated documents kept by query text. Analysts, maps and the catalog send
 * the same documents over and over; parsing and validating them was about a tenth of the
 * server's CPU per point lookup (flight recording under the benchmark's load).
 */
@Configuration(proxyBeanMethods = false)
class DocumentCacheConfiguration {

	static final int DOCUMENTS = 1_000;

	@Bean
	GraphQlSourceBuilderCustomizer documentCache() {
		LruCache<String, PreparsedDocumentEntry> cache = new LruCache<>(DOCUMENTS);
		PreparsedDocumentProvider provider = (input, parseAndValidate) -> CompletableFuture
			.completedFuture(cache.computeIfAbsent(input.getQuery(), query -> parseAndValidate.apply(input)));
		return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(provider));
	}

}
