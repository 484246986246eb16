package org.policygraph.neo4j;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * Runs only the embedded Neo4j, with Bolt on loopback, until the process is stopped: the
 * database for the API in external mode, for benchmarks that put a peer on the same
 * database, and for tests of external mode. Usage:
 * {@code db [--port=7687] [--store=./data/neo4j] [--page-cache=268435456]}.
 */
public final class StandaloneDatabase {

	private StandaloneDatabase() {
	}

	public static void main(String[] args) throws InterruptedException {
		int port = 7687;
		Path store = Path.of("./data/neo4j");
		long pageCache = 268_435_456L;
		for (String arg : args) {
			if (arg.startsWith("--port=")) {
				port = Integer.parseInt(arg.substring("--port=".length()));
			}
			else if (arg.startsWith("--store=")) {
				store = Path.of(arg.substring("--store=".length()));
			}
			else if (arg.startsWith("--page-cache=")) {
				pageCache = Long.parseLong(arg.substring("--page-cache=".length()));
			}
			else if (!arg.equals("db")) {
				throw new IllegalArgumentException("unknown option " + arg
						+ "; usage: db [--port=7687] [--store=./data/neo4j] [--page-cache=bytes]");
			}
		}
		EmbeddedNeo4j db = EmbeddedNeo4j
			.start(new EmbeddedNeo4jProperties(store, port, pageCache, Duration.ofSeconds(30)));
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			db.close();
			stopped.countDown();
		}));
		// Tests and scripts wait for this line to know the port is open.
		System.out.println("policy-graph database ready on " + db.boltUri());
		System.out.flush();
		stopped.await();
	}

}
