package org.policygraph.guard;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Takes over {@code spring.graphql.schema.introspection.enabled=false}. Spring Boot
 * implements it with graphql-java's JVM-wide switch, which turns introspection off for
 * every GraphQL schema in the process (a second application, a test context). Here it
 * becomes {@code policygraph.api.introspection=false}, which this application applies to
 * its own requests only.
 */
public final class IntrospectionSetting implements EnvironmentPostProcessor, Ordered {

	static final String BOOT_PROPERTY = "spring.graphql.schema.introspection.enabled";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (!environment.getProperty(BOOT_PROPERTY, Boolean.class, true)) {
			environment.getPropertySources()
				.addFirst(new MapPropertySource("policygraph-introspection",
						Map.of(BOOT_PROPERTY, "true", "policygraph.api.introspection", "false")));
		}
	}

	/**
	 * After application.yaml and the command line are read, so their settings are seen.
	 */
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
