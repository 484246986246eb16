package org.policygraph;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.neo4j.Neo4jContainer;

/**
 * The same API scenarios against the official Neo4j server image, in external mode.
 * Skipped where no Docker engine runs (as on our CI machines); the embedded run covers
 * the scenarios there.
 */
@Testcontainers(disabledWithoutDocker = true)
class Neo4jContainerApiIT extends ApiScenarios {

	@Container
	static final Neo4jContainer NEO4J = new Neo4jContainer("neo4j:2026.08.1").withAdminPassword("policy-graph");

	@DynamicPropertySource
	static void external(DynamicPropertyRegistry registry) {
		registry.add("spring.neo4j.uri", NEO4J::getBoltUrl);
		registry.add("spring.neo4j.authentication.username", () -> "neo4j");
		registry.add("spring.neo4j.authentication.password", () -> "policy-graph");
	}

}
