package org.policygraph.explore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The queries/ catalog (built into the jar) as JSON, for GraphiQL's question list and for
 * any client.
 */
@RestController
class CatalogController {

	private final List<CatalogEntry> catalog = load();

	@GetMapping(path = "/catalog.json", produces = "application/json;charset=UTF-8")
	List<CatalogEntry> catalog() {
		return catalog;
	}

	static List<CatalogEntry> load() {
		try {
			Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:queries/*.graphql");
			return Arrays.stream(files)
				.map(f -> CatalogEntry.of(f.getFilename(), read(f)))
				.sorted(Comparator.comparing(CatalogEntry::file))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String read(Resource resource) {
		try {
			return resource.getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
