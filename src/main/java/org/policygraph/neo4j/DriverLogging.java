package org.policygraph.neo4j;

import org.neo4j.driver.Logging;
import org.springframework.boot.neo4j.autoconfigure.ConfigBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The driver logs through SLF4J, so its debug lines cost nothing while debug is off. Its
 * default (the JDK's System.Logger) formats every debug line before the level is asked,
 * and the Bolt layer logs each message it sends at debug: every query's parameters were
 * turned into text and dropped, about a seventh of an ingest's CPU (profiled in the
 * ingest benchmark) and part of every request.
 */
@Configuration(proxyBeanMethods = false)
class DriverLogging {

	static final Logging LOGGING = Logging.slf4j();

	/** The same for the driver Spring Boot builds in external mode. */
	@Bean
	ConfigBuilderCustomizer driverLoggingCustomizer() {
		return builder -> builder.withLogging(LOGGING);
	}

}
