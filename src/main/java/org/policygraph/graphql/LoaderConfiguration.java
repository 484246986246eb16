package org.policygraph.graphql;

import io.micrometer.observation.ObservationRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.graphql.observation.DataFetcherObservationConvention;
import org.springframework.graphql.observation.DataLoaderObservationConvention;
import org.springframework.graphql.observation.ExecutionRequestObservationConvention;
import org.springframework.graphql.observation.GraphQlObservationInstrumentation;
import org.springframework.graphql.server.WebGraphQlInterceptor;

/**
 * Batch loaders created on demand ({@link OnDemandBatchLoaders}): the registry every
 * controller registers its loaders with, each HTTP request's own
 * {@link OnDemandBatchLoaders.Registry} (Spring for GraphQL fills it instead of a
 * registry of its own), and the observations that would otherwise copy it
 * ({@link RequestObservations}).
 */
@Configuration(proxyBeanMethods = false)
class LoaderConfiguration {

	@Bean
	BatchLoaderRegistry batchLoaderRegistry() {
		return new OnDemandBatchLoaders();
	}

	@Bean
	WebGraphQlInterceptor onDemandLoaders() {
		return (request, chain) -> {
			request.configureExecutionInput(
					(input, builder) -> builder.dataLoaderRegistry(new OnDemandBatchLoaders.Registry()).build());
			return chain.next(request);
		};
	}

	/** In place of Spring Boot's, with the same conventions. */
	@Bean
	GraphQlObservationInstrumentation graphQlObservationInstrumentation(ObservationRegistry registry,
			ObjectProvider<ExecutionRequestObservationConvention> requests,
			ObjectProvider<DataFetcherObservationConvention> fetchers,
			ObjectProvider<DataLoaderObservationConvention> loaders,
			@Value("${management.observations.enable.graphql.datafetcher:true}") boolean dataFetchers,
			@Value("${management.observations.enable.graphql.dataloader:true}") boolean dataLoaders) {
		return new RequestObservations(registry, requests.getIfAvailable(), fetchers.getIfAvailable(),
				loaders.getIfAvailable(), dataFetchers, dataLoaders);
	}

}
