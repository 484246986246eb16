package org.policygraph.neo4j;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.config.Setting;
import org.neo4j.graphdb.event.TransactionEventListener;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An in-process Neo4j that is reached only over Bolt on loopback, so the application has
 * one code path for embedded and external databases.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);

	private static final Duration TRANSACTION_MONITOR_INTERVAL = Duration.ofMillis(100);

	private final DatabaseManagementService service;

	private final int boltPort;

	private final AtomicBoolean closed = new AtomicBoolean();

	private EmbeddedNeo4j(DatabaseManagementService service, int boltPort) {
		this.service = service;
		this.boltPort = boltPort;
	}

	public static EmbeddedNeo4j start(EmbeddedNeo4jProperties properties) {
		Path home = properties.storePath().toAbsolutePath().normalize();
		try {
			Files.createDirectories(home);
		}
		catch (IOException ex) {
			throw new EmbeddedStoreException("cannot create the Neo4j store directory " + home, ex);
		}
		// A shortest-path search whose predicates can't be checked step by step
		// would try every path, for minutes; forbidden, it fails at once instead.
		// A transaction past its timeout is terminated by a monitor that looks
		// every 2 s by default, so a read capped at what is left of its request's
		// deadline could run up to 2 s beyond it; every 100 ms, it stops about when
		// the request does.
		Map<Setting<?>, Object> settings = Map.of(BoltConnector.enabled, true, BoltConnector.listen_address,
				new SocketAddress("127.0.0.1", properties.boltPort()), BoltConnector.encryption_level,
				BoltConnector.EncryptionLevel.DISABLED, HttpConnector.enabled, false, HttpsConnector.enabled, false,
				GraphDatabaseSettings.pagecache_memory, properties.pageCache(),
				GraphDatabaseSettings.transaction_timeout, properties.transactionTimeout(),
				GraphDatabaseSettings.auth_enabled, false, GraphDatabaseSettings.forbid_exhaustive_shortestpath, true,
				GraphDatabaseSettings.transaction_monitor_check_interval, TRANSACTION_MONITOR_INTERVAL);
		long started = System.nanoTime();
		DatabaseManagementService service;
		try {
			service = new DatabaseManagementServiceBuilder(home).setConfig(settings).build();
		}
		catch (RuntimeException ex) {
			throw EmbeddedStoreException.explain(home, ex);
		}
		var db = (GraphDatabaseAPI) service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
		int port = db.getDependencyResolver()
			.resolveDependency(ConnectorPortRegister.class)
			.getLocalAddress(ConnectorType.BOLT)
			.getPort();
		log.info("Embedded Neo4j started in {} ms, store {}, Bolt on 127.0.0.1:{}",
				(System.nanoTime() - started) / 1_000_000, home, port);
		return new EmbeddedNeo4j(service, port);
	}

	public String boltUri() {
		return "bolt://127.0.0.1:" + boltPort;
	}

	public int boltPort() {
		return boltPort;
	}

	/**
	 * Hears, and may veto, every commit of the default database: how tests inject commit
	 * failures.
	 */
	public void registerTransactionEventListener(TransactionEventListener<?> listener) {
		service.registerTransactionEventListener(GraphDatabaseSettings.DEFAULT_DATABASE_NAME, listener);
	}

	@Override
	public void close() {
		if (closed.compareAndSet(false, true)) {
			service.shutdown();
			log.info("Embedded Neo4j stopped");
		}
	}

}
