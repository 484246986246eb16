package org.policygraph.httpcache;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;

import org.policygraph.digest.Sha256;
import org.policygraph.neo4j.Neo4jReads;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.stereotype.Component;

/**
 * The ETag of every cacheable answer: the graph's version, which every ingest transaction
 * bumps (GraphVersionStamp), the migrations applied to the store, and this build's
 * schema, so neither new data nor a new release is hidden behind an old copy. One short
 * read per request, which is what a 304 costs instead of the execution.
 */
@Component
public class GraphVersion {

	private final Neo4jReads reads;

	private final String build;

	private final CacheControl cacheControl;

	GraphVersion(Neo4jReads reads, @Value("${policygraph.http-cache.max-age:60s}") Duration maxAge) {
		this.reads = reads;
		this.build = Sha256.hex(schema()).substring(0, 12);
		this.cacheControl = CacheControl.maxAge(maxAge).cachePublic();
	}

	/** The current ETag, weak: answers are equal in meaning, not necessarily in bytes. */
	public String etag() {
		String version = reads.single("""
				OPTIONAL MATCH (v:SeedState {name: 'graph-version'})
				RETURN toString(coalesce(max(v.version), 0)) + '.' + toString(COUNT { (:__Migration) }) AS version
				""", Map.of(), r -> r.get("version").asString());
		return "W/\"" + version + "." + build + "\"";
	}

	/**
	 * For answers carrying an ETag: how long a cache may keep them before asking again.
	 */
	public CacheControl cacheControl() {
		return cacheControl;
	}

	/**
	 * Whether an If-None-Match header names this ETag (weak comparison, RFC 9110 13.1.2:
	 * W/ prefixes ignored); * matches any.
	 */
	public static boolean matches(String ifNoneMatch, String etag) {
		if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
			return false;
		}
		String opaque = opaque(etag);
		return Arrays.stream(ifNoneMatch.split(","))
			.map(String::strip)
			.anyMatch(tag -> tag.equals("*") || opaque(tag).equals(opaque));
	}

	private static String opaque(String tag) {
		return tag.startsWith("W/") ? tag.substring(2) : tag;
	}

	private static byte[] schema() {
		try (InputStream in = new ClassPathResource("graphql/schema.graphqls").getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
