package org.policygraph.compile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import graphql.parser.Parser;
import graphql.language.Field;
import graphql.language.OperationDefinition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.policygraph.support.GraphQlHttp.Response;
import org.policygraph.support.SeededGraphIT;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every catalog question asked twice, through the resolvers and compiled: the same
 * {@code data} to the byte, and the compiled ones at one Cypher query per root field.
 */
class CompiledQueriesIT extends SeededGraphIT {

	private static final Path CATALOG = Path.of("queries");

	/**
	 * The questions some root field of which the compiler doesn't cover yet: they are
	 * answered by the resolvers and their batch loaders, at their usual cost.
	 */
	static final Set<String> THROUGH_LOADERS = Set.of("12-how-is-du-connected-to-legal-aid.graphql",
			"13-finance-department-map.graphql", "24-places-of-the-plan.graphql", "30-health-items-led-today.graphql");

	@Autowired
	private CompiledQueries compiled;

	@AfterEach
	void compilerOn() {
		compiled.enabled(true);
	}

	@TestFactory
	Stream<DynamicTest> everyCatalogQuestionAnswersTheSameCompiledAndCostsOneQueryPerRootField() throws IOException {
		try (Stream<Path> files = Files.list(CATALOG)) {
			return files.filter(f -> f.toString().endsWith(".graphql"))
				.sorted()
				.toList()
				.stream()
				.map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
					String name = file.getFileName().toString();
					String query = Files.readString(file, StandardCharsets.UTF_8);
					compiled.enabled(false);
					Response resolvers = graphql.post(query);
					compiled.enabled(true);
					Response first = graphql.post(query);
					Response cached = graphql.post(query);
					int roots = rootFields(query);
					int before = resolvers.read("$.extensions.cypherQueries");
					int after = cached.read("$.extensions.cypherQueries");
					System.out.printf("compiled %s: %d -> %d queries (%d root fields)%n", name, before, after, roots);
					Object expected = resolvers.read("$.data");
					assertThat(first.<Object>read("$.data")).as(name + ": " + first.body()).isEqualTo(expected);
					assertThat(cached.<Object>read("$.data")).as(name).isEqualTo(expected);
					assertThat(first.hasErrors()).isEqualTo(resolvers.hasErrors());
					if (THROUGH_LOADERS.contains(name)) {
						assertThat(after).as(name + " through the loaders").isGreaterThan(roots);
					}
					else {
						assertThat(after).as(name + " compiled").isEqualTo(roots);
					}
				}));
		}
	}

	private static int rootFields(String query) {
		return Parser.parse(query)
			.getDefinitionsOfType(OperationDefinition.class)
			.getFirst()
			.getSelectionSet()
			.getSelectionsOfType(Field.class)
			.size();
	}

}
