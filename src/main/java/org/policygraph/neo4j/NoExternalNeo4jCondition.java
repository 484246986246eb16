package org.policygraph.neo4j;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * True when {@code spring.neo4j.uri} is not set: the application then runs its own
 * embedded Neo4j.
 */
final class NoExternalNeo4jCondition implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return noExternalUri(context.getEnvironment());
	}

	static boolean noExternalUri(org.springframework.core.env.Environment environment) {
		return !StringUtils.hasText(environment.getProperty("spring.neo4j.uri"));
	}

}
