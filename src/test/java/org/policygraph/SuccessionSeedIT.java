package org.policygraph;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.support.App;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A bad successions file refuses the seed at startup, naming the file and row, before
 * anything is written.
 */
class SuccessionSeedIT {

	@TempDir
	Path seed;

	@TempDir
	Path store;

	@Test
	void aSuccessionNamingAnUnknownBodyRefusesTheSeedWithFileAndLineAndWritesNothing() throws IOException {
		Files.copy(Path.of("graph-seed/departments.tsv"), seed.resolve("departments.tsv"));
		for (String file : List.of("jilin-gazette-2017-22.txt", "jurisdictions.tsv", "organization-template.tsv")) {
			Files.copy(Path.of("graph-seed", file), seed.resolve(file));
		}
		Files.writeString(seed.resolve("successions.tsv"), """
				# a reviewer's typo: 省卫生局 is no body of the registry
				body\tevent\tto\ton\tsource\tsays\tnote
				省卫生计生委\tMERGED_INTO\t省卫生局\t2018-10-18\t《吉林省机构改革方案》\t不再保留\t
				""", StandardCharsets.UTF_8);
		String location = "file:" + seed.toAbsolutePath() + "/";
		assertThatThrownBy(() -> App.embedded(store, Map.of("policygraph.seed.location", location)).close())
			.hasStackTraceContaining(
					"successions.tsv:3: unknown body \"省卫生局\" in \"to\": add it to departments.tsv first");
		try (App app = App.embedded(store, Map.of("policygraph.seed.enabled", "false"))) {
			try (var session = app.driver().session()) {
				long organisations = session.executeRead(
						tx -> tx.run("MATCH (o:Organization) RETURN count(o) AS c").single().get("c").asLong());
				assertThat(organisations).isZero();
			}
		}
	}

}
