package org.policygraph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class CatalogTests {

	@Test
	void everyCatalogQuestionHasItsRawCypher() {
		assertThat(Catalog.load(Path.of("."))).allSatisfy(q -> assertThat(q.raw()).isNotNull())
			.extracting(Catalog.Question::number)
			.contains("01", "24", "33", "35", "D1");
	}

	@Test
	void aQuestionWithoutRawCypherNamesTheFileToAddItTo(@TempDir Path project) throws IOException {
		Files.createDirectories(project.resolve("queries"));
		Files.writeString(project.resolve("queries/99-new-question.graphql"), "# Who?\nquery Q { issues { title } }\n");
		assertThatIllegalStateException().isThrownBy(() -> Catalog.load(project))
			.withMessageContaining("99-new-question.graphql")
			.withMessageContaining("entry \"99\" of RawCypher.BY_NUMBER in " + Catalog.RAW_CYPHER_SOURCE);
		assertThat(Path.of(Catalog.RAW_CYPHER_SOURCE)).isRegularFile();
	}

}
