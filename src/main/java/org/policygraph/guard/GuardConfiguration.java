package org.policygraph.guard;

import java.util.List;
import java.util.Map;

import graphql.introspection.Introspection;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.graphql.execution.DataFetcherExceptionResolver;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.server.WebGraphQlInterceptor;

@Configuration(proxyBeanMethods = false)
class GuardConfiguration {

	@Bean
	TrustedDocuments trustedDocuments() {
		return TrustedDocuments.catalog();
	}

	@Bean
	FilterRegistrationBean<RequestLimitsFilter> requestLimitsFilter(GuardProperties limits, TrustedDocuments trusted) {
		var registration = new FilterRegistrationBean<>(new RequestLimitsFilter(limits, trusted));
		registration.addUrlPatterns("/graphql");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	/** After the body has been read, so that slow senders don't hold a slot. */
	@Bean
	FilterRegistrationBean<ConcurrencyLimitFilter> concurrencyLimitFilter(GuardProperties limits) {
		var registration = new FilterRegistrationBean<>(
				new ConcurrencyLimitFilter(limits.concurrency(), limits.queueTimeout()));
		registration.addUrlPatterns("/graphql", "/export/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
		return registration;
	}

	@Bean
	FilterRegistrationBean<UnservedPathFilter> unservedPathFilter() {
		var registration = new FilterRegistrationBean<>(new UnservedPathFilter());
		registration.addUrlPatterns("/error", "/error/*", "/actuator/health/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	@Bean
	FilterRegistrationBean<AdminTokenFilter> adminTokenFilter(GuardProperties limits) {
		var registration = new FilterRegistrationBean<>(new AdminTokenFilter(limits.adminToken()));
		registration.addUrlPatterns("/admin/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	/**
	 * Parsing, the document limits and validation, on the document the engine runs; the
	 * schema is looked up when the first request comes, after the source is built.
	 */
	@Bean
	GraphQlSourceBuilderCustomizer documentAdmission(GuardProperties limits, TrustedDocuments trusted,
			ObjectProvider<GraphQlSource> source) {
		DocumentAdmission admission = new DocumentAdmission(limits, () -> source.getObject().schema(), trusted);
		return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(admission));
	}

	/**
	 * The guard, last of the instrumentations so that its fetcher wraps the others' (a
	 * fetch after the stop starts no observation), and the strategy that answers as soon
	 * as it stops an execution (completing root fields in one step where a
	 * {@link RootCompletion} can), with the exception handler Spring would have given
	 * graphql-java's own: one made of every exception resolver, in their order.
	 */
	@Bean
	GraphQlSourceBuilderCustomizer executionGuard(GuardProperties limits,
			ObjectProvider<DataFetcherExceptionResolver> resolvers, ObjectProvider<RootCompletion> completions) {
		ExecutionGuard guard = new ExecutionGuard(limits);
		return builder -> builder.instrumentation(List.of(guard))
			.configureGraphQl(graphQl -> graphQl.queryExecutionStrategy(new StoppableExecution(
					DataFetcherExceptionResolver.createExceptionHandler(resolvers.orderedStream().toList()),
					completions.orderedStream().toList())));
	}

	/**
	 * Introspection off for this application's requests only. The document check already
	 * refuses such requests with 403; this covers anything that reaches the engine
	 * another way.
	 */
	@Bean
	WebGraphQlInterceptor introspectionSwitch(GuardProperties limits) {
		return (request, chain) -> {
			if (!limits.introspection()) {
				request.configureExecutionInput((input,
						builder) -> builder.graphQLContext(Map.of(Introspection.INTROSPECTION_DISABLED, true)).build());
			}
			return chain.next(request);
		};
	}

}
