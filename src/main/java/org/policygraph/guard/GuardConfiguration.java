package org.policygraph.guard;

import java.util.Map;

import graphql.introspection.Introspection;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.server.WebGraphQlInterceptor;

@Configuration(proxyBeanMethods = false)
class GuardConfiguration {

	@Bean
	TrustedDocuments trustedDocuments() {
		return TrustedDocuments.catalog();
	}

	@Bean
	FilterRegistrationBean<RequestLimitsFilter> requestLimitsFilter(GuardProperties limits, GraphQlSource source,
			TrustedDocuments trusted) {
		var registration = new FilterRegistrationBean<>(new RequestLimitsFilter(limits, source, trusted));
		registration.addUrlPatterns("/graphql");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
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
	 * Introspection off for this application's requests only. The filter already answers
	 * such requests with 403; this covers anything that reaches the engine another way.
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
