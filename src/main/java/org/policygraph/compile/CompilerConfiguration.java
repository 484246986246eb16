package org.policygraph.compile;

import graphql.schema.TypeResolver;
import org.policygraph.guard.GuardProperties;
import org.policygraph.neo4j.Neo4jReads;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.ClassNameTypeResolver;

@Configuration(proxyBeanMethods = false)
class CompilerConfiguration {

	@Bean
	CompiledQueries compiledQueries(Neo4jReads reads,
			@Value("${policygraph.api.compiler.enabled:true}") boolean enabled,
			@Value("${policygraph.api.compiler.cache-size:512}") int cacheSize) {
		return new CompiledQueries(Roots.all(), new SelectionCompiler(new GraphTypes()), reads, cacheSize, enabled);
	}

	/**
	 * Compiled answers completed in one walk, unless data fetcher observations are on:
	 * they observe each nested field's fetch, which the walk doesn't make.
	 */
	@Bean
	CompiledCompletion compiledCompletion(
			@Value("${policygraph.api.compiler.one-step-completion:true}") boolean enabled,
			@Value("${management.observations.enable.graphql.datafetcher:true}") boolean observedFetchers) {
		return new CompiledCompletion(enabled && !observedFetchers);
	}

	/**
	 * Requests the engine answered wholly from compiled statements, answered again
	 * without it.
	 */
	@Bean
	RepeatedRequests repeatedRequests(CompiledQueries queries, CompiledCompletion completion, Neo4jReads reads,
			GuardProperties limits, @Value("${policygraph.api.compiler.repeat:true}") boolean enabled,
			@Value("${policygraph.api.compiler.cache-size:512}") int cacheSize) {
		return new RepeatedRequests(queries, completion, reads, limits, cacheSize, enabled);
	}

	/**
	 * A compiled organisation says its concrete type; everything else is typed by its
	 * class, as Spring for GraphQL does by default.
	 */
	@Bean
	GraphQlSourceBuilderCustomizer compiledRowTypes() {
		TypeResolver byClass = new ClassNameTypeResolver();
		return builder -> builder.defaultTypeResolver(env -> env.getObject() instanceof CompiledRow row
				? env.getSchema().getObjectType(row.type()) : byClass.getType(env));
	}

}
