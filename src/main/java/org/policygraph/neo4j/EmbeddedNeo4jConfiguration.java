package org.policygraph.neo4j;

import java.util.concurrent.CompletionException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts the embedded database when no external URI is configured, and a driver pointing
 * at it. Spring Boot's own driver configuration backs off because a {@link Driver} bean
 * exists.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalNeo4jCondition.class)
class EmbeddedNeo4jConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedNeo4j embeddedNeo4j(EmbeddedNeo4jProperties properties, ObjectProvider<EarlyEmbeddedStart.Early> early) {
		EarlyEmbeddedStart.Early started = early.getIfAvailable();
		if (started == null) {
			return EmbeddedNeo4j.start(properties);
		}
		try {
			return started.started().join();
		}
		catch (CompletionException ex) {
			throw ex.getCause() instanceof RuntimeException runtime ? runtime : ex;
		}
	}

	/**
	 * Configured like the driver Spring Boot builds in external mode (spring.neo4j.*).
	 */
	@Bean(destroyMethod = "close")
	Driver neo4jDriver(EmbeddedNeo4j embedded,
			@Value("${spring.neo4j.max-transaction-retry-time:3s}") Duration maxRetryTime,
			@Value("${spring.neo4j.connection-timeout:5s}") Duration connectionTimeout) {
		return GraphDatabase.driver(embedded.boltUri(), AuthTokens.none(),
				Config.builder()
					.withoutEncryption()
					.withMaxTransactionRetryTime(maxRetryTime.toMillis(), TimeUnit.MILLISECONDS)
					.withConnectionTimeout(connectionTimeout.toMillis(), TimeUnit.MILLISECONDS)
					.withLogging(DriverLogging.LOGGING)
					.build());
	}

}
