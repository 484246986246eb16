package org.policygraph.support;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.policygraph.PolicyGraphApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts and stops whole application instances, for tests about restarts, external mode
 * and faults.
 */
public final class App implements AutoCloseable {

	private final ConfigurableApplicationContext context;

	private App(ConfigurableApplicationContext context) {
		this.context = context;
	}

	public static App embedded(Path store, Map<String, Object> extra) {
		Map<String, Object> properties = new HashMap<>(extra);
		properties.put("policygraph.embedded.store-path", store.toString());
		return start(properties);
	}

	/**
	 * Properties are passed as command-line arguments: as default properties they would
	 * lose to application.yaml (which sets the store path, for one).
	 */
	public static App start(Map<String, Object> properties) {
		Map<String, Object> all = new HashMap<>(properties);
		all.putIfAbsent("server.port", "0");
		// As command-line arguments they outrank application.yaml, as an operator's flags
		// would.
		String[] args = all.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
		return new App(new SpringApplicationBuilder(PolicyGraphApplication.class).run(args));
	}

	public int port() {
		return ((WebServerApplicationContext) context).getWebServer().getPort();
	}

	public GraphQlHttp graphql() {
		return new GraphQlHttp(port());
	}

	public Driver driver() {
		return context.getBean(Driver.class);
	}

	public boolean hasBean(Class<?> type) {
		return context.getBeanNamesForType(type).length > 0;
	}

	public <T> T bean(Class<T> type) {
		return context.getBean(type);
	}

	/** Nodes and relationships in the whole graph. */
	public long[] counts() {
		try (var session = driver().session()) {
			long nodes = session.executeRead(tx -> tx.run("MATCH (n) RETURN count(n) AS c").single().get("c").asLong());
			long rels = session
				.executeRead(tx -> tx.run("MATCH ()-[r]->() RETURN count(r) AS c").single().get("c").asLong());
			return new long[] { nodes, rels };
		}
	}

	@Override
	public void close() {
		context.close();
	}

}
