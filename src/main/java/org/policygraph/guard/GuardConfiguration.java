package org.policygraph.guard;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.server.TimeoutWebGraphQlInterceptor;

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

	/** A request still running after the timeout is answered with an error; the server keeps serving. */
	@Bean
	TimeoutWebGraphQlInterceptor timeoutInterceptor(GuardProperties limits) {
		return new TimeoutWebGraphQlInterceptor(limits.requestTimeout());
	}
}
