package org.policygraph.compile;

import java.nio.file.Path;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.support.App;
import org.policygraph.support.GraphQlHttp;
import org.policygraph.support.GraphQlHttp.Response;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A repeat that can't answer as the engine did gives the request back: the graph changed
 * under a known request so that its answer is now an error (an item's non-null name
 * gone), and the engine answers it, byte for byte as with repeats off, observed once; the
 * request is forgotten, and repeated again once the engine has answered it wholly from
 * compiled statements again. On a store of its own: the test writes to it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RepeatGivenBackIT {

	private static final String ITEM = "{ serviceItem(no: 7) { no name } }";

	@TempDir
	static Path store;

	private App app;

	private GraphQlHttp graphql;

	@BeforeAll
	void start() {
		app = App.embedded(store, Map.of());
		graphql = app.graphql();
	}

	@AfterAll
	void stop() {
		app.close();
	}

	@Test
	void aRepeatThatCantAnswerGivesTheRequestToTheEngine() {
		RepeatedRequests repeats = app.bean(RepeatedRequests.class);
		graphql.post(ITEM);
		long repeated = repeats.answered();
		Response before = graphql.post(ITEM);
		assertThat(repeats.answered()).isEqualTo(repeated + 1);
		String name = before.read("$.data.serviceItem.name");
		setName(null);
		try {
			repeats.enabled(false);
			Response engine = graphql.post(ITEM);
			repeats.enabled(true);
			assertThat(engine.hasErrors()).as(engine.body()).isTrue();
			long observed = requests();
			Response givenBack = graphql.post(ITEM);
			assertThat(repeats.answered()).isEqualTo(repeated + 1);
			assertThat(givenBack.status()).isEqualTo(engine.status());
			assertThat(givenBack.body()).isEqualTo(engine.body());
			assertThat(requests()).as("observed once").isEqualTo(observed + 1);
			// forgotten: the engine answers (with its error) and nothing is kept
			assertThat(graphql.post(ITEM).body()).isEqualTo(engine.body());
			assertThat(repeats.answered()).isEqualTo(repeated + 1);
		}
		finally {
			repeats.enabled(true);
			setName(name);
		}
		assertThat(graphql.post(ITEM).body()).isEqualTo(before.body());
		assertThat(graphql.post(ITEM).body()).isEqualTo(before.body());
		assertThat(repeats.answered()).isEqualTo(repeated + 2);
	}

	private void setName(String name) {
		try (var session = app.driver().session()) {
			session
				.run("MATCH (s:ServiceItem {no: 7}) SET s.name = $name",
						java.util.Collections.singletonMap("name", name))
				.consume();
		}
	}

	private long requests() {
		return app.bean(MeterRegistry.class).find("graphql.request").timers().stream().mapToLong(Timer::count).sum();
	}

}
