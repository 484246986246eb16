package org.policygraph;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.support.App;

import static org.assertj.core.api.Assertions.assertThat;

/** Starting, restarting and re-seeding never duplicates anything. */
class GraphLifecycleIT {

	@TempDir
	Path store;

	@Test
	void restartingTwiceAndReseedingLeaveTheGraphExactlyAsItWas() {
		long[] first;
		try (App app = App.embedded(store, Map.of())) {
			first = app.counts();
			assertThat(first[0]).isGreaterThan(200);
			assertThat(app.graphql().<String>data("{ serviceItem(no: 1) { name } }", "$.data.serviceItem.name"))
				.isEqualTo("免费义务教育");
		}
		try (App app = App.embedded(store, Map.of())) {
			assertThat(app.counts()).containsExactly(first);
		}
		try (App app = App.embedded(store, Map.of())) {
			assertThat(app.counts()).containsExactly(first);
			// Forget the seed hash, as if the seed had changed: the next start ingests
			// again, replacing.
			try (var session = app.driver().session()) {
				session.executeWriteWithoutResult(tx -> tx.run("MATCH (s:SeedState) SET s.hash = 'stale'").consume());
			}
		}
		try (App app = App.embedded(store, Map.of())) {
			assertThat(app.counts()).containsExactly(first);
		}
	}

}
