package org.policygraph.neo4j;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the in-process Neo4j, used when no {@code spring.neo4j.uri} is configured.
 *
 * @param storePath where the store lives
 * @param boltPort the loopback Bolt port; 0 picks a free one
 * @param pageCache page cache size in bytes; Neo4j's default would take half the
 * machine's memory
 * @param transactionTimeout cut-off for any transaction; Neo4j's default never times out
 */
@ConfigurationProperties("policygraph.embedded")
public record EmbeddedNeo4jProperties(@DefaultValue("./data/neo4j") Path storePath, @DefaultValue("0") int boltPort,
		@DefaultValue("268435456") long pageCache, @DefaultValue("30s") Duration transactionTimeout) {
}
