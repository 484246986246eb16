package org.policygraph.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;

/**
 * What a graph holds, independent of internal ids and write order: every node by its
 * labels and properties, every relationship by its ends' ids, type and properties, sorted
 * and hashed. Bookkeeping nodes (schema migrations, the seed's state) and the reference
 * divisions (Jurisdiction, which the seed writes and an ingest only refers to by code)
 * are left out, so a graph seeded at startup and one written by the ingest command
 * compare equal when their content is.
 *
 * @param hash SHA-256 of the sorted lines
 */
public record GraphFingerprint(long nodes, long relationships, long issues, String hash) {

	/** A graph with nothing but bookkeeping in it. */
	public static final GraphFingerprint EMPTY = new GraphFingerprint(0, 0, 0, sha256(""));

	public static GraphFingerprint of(Driver driver) {
		try (var session = driver.session()) {
			return session.executeRead(tx -> {
				List<String> lines = new ArrayList<>();
				tx.run("""
						MATCH (n) WHERE NOT n:__Migration AND NOT n:SeedState AND NOT n:Jurisdiction
						RETURN labels(n) AS labels, properties(n) AS props
						""")
					.forEachRemaining(r -> lines.add(
							"N" + sorted(r.get("labels").asList(Value::asString)) + canonical(r.get("props").asMap())));
				long nodes = lines.size();
				tx.run("""
						MATCH (a)-[r]->(b) WHERE NOT a:__Migration AND NOT a:SeedState AND NOT a:Jurisdiction
						RETURN a.id AS a, type(r) AS type, properties(r) AS props, b.id AS b
						""")
					.forEachRemaining(r -> lines.add("R" + r.get("a").asString() + "-" + r.get("type").asString() + "->"
							+ r.get("b").asString() + canonical(r.get("props").asMap())));
				long issues = tx.run("MATCH (i:Issue) RETURN count(i) AS c").single().get("c").asLong();
				lines.sort(null);
				return new GraphFingerprint(nodes, lines.size() - nodes, issues, sha256(String.join("\n", lines)));
			});
		}
	}

	private static List<String> sorted(List<String> labels) {
		return labels.stream().sorted().toList();
	}

	private static String canonical(Map<String, Object> properties) {
		return new TreeMap<>(properties).toString();
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
