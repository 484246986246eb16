package org.policygraph.ingest;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param enabled whether startup seeds the graph from the seed directory
 * @param location a Spring resource location holding {@code departments.tsv},
 * {@code jurisdictions.tsv} and the gazette {@code *.txt} files; by default the copy of
 * {@code graph-seed/} built into the application
 */
@ConfigurationProperties("policygraph.seed")
public record SeedProperties(@DefaultValue("true") boolean enabled,
		@DefaultValue("classpath:graph-seed/") String location) {

	/** The location as a directory, to which file names and patterns are appended. */
	String directory() {
		return location.endsWith("/") ? location : location + "/";
	}

}
