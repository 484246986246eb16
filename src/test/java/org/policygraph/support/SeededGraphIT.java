package org.policygraph.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.neo4j.driver.Driver;

/**
 * The base of the integration tests: the whole application on a random port, with an
 * embedded Neo4j in a fresh directory, seeded from graph-seed/. One context is shared by
 * every subclass (same configuration), so the graph is seeded once per test run; tests
 * only read it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class SeededGraphIT {

	private static final Path STORE = tempStore();

	@LocalServerPort
	protected int port;

	@Autowired
	protected Driver driver;

	protected GraphQlHttp graphql;

	@DynamicPropertySource
	static void embeddedStore(DynamicPropertyRegistry registry) {
		registry.add("policygraph.embedded.store-path", STORE::toString);
	}

	@BeforeEach
	void client() {
		graphql = new GraphQlHttp(port);
	}

	private static Path tempStore() {
		try {
			return Files.createTempDirectory("policy-graph-it-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
