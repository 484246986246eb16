package org.policygraph.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.function.ThrowingConsumer;
import tools.jackson.databind.json.JsonMapper;

/**
 * The catalog's questions (queries/*.graphql) and the edits of them that the tests
 * comparing two paths (compiled or resolved, walked or completed by the engine, repeated
 * or executed) all ask: aliases, fragments, {@code @include}/{@code @skip} by variable,
 * mistakes beside answers, interfaces, lists of objects a node holds itself.
 */
public final class CatalogQuestions {

	private static final Path CATALOG = Path.of("queries");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * A department's profile: fragments on the type and its interface, aliases,
	 * {@code __typename}, a list included and a page skipped by variable, a page's info.
	 */
	public static final String PROFILE = """
			query Profile($withTasks: Boolean!, $noLeads: Boolean!, $name: String!) {
			  a: department(name: $name) {
			    __typename ...D tasks @include(if: $withTasks) { t: title kind }
			    leads(first: 2) @skip(if: $noLeads) { edges { cursor node { __typename no n: name } } }
			  }
			  b: department(name: "教育厅") { n: name leads(first: 2) { pageInfo { hasNextPage endCursor } } }
			}
			fragment D on Department { id fullName x: itemsLedCount ... on Organization { name englishName } }
			""";

	private CatalogQuestions() {
	}

	/** A catalog question: its file's name and its text. */
	public record Question(String name, String query) {
	}

	/** A request: a query, its variables and, of several operations, the one asked. */
	public record Ask(String name, String query, Map<String, Object> variables, String operationName) {

		public Ask(String name, String query, Map<String, Object> variables) {
			this(name, query, variables, null);
		}

		/** The request as a client posts it. */
		public String body() {
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("query", query);
			if (operationName != null) {
				body.put("operationName", operationName);
			}
			if (!variables.isEmpty()) {
				body.put("variables", variables);
			}
			return JSON.writeValueAsString(body);
		}

	}

	/** Every catalog question, in file order. */
	public static List<Question> all() {
		try (Stream<Path> files = Files.list(CATALOG)) {
			return files.filter(f -> f.toString().endsWith(".graphql"))
				.sorted()
				.map(file -> new Question(file.getFileName().toString(), read(file)))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** One test per catalog question, named by its file. */
	public static Stream<DynamicTest> each(ThrowingConsumer<Question> test) {
		return all().stream().map(question -> DynamicTest.dynamicTest(question.name(), () -> test.accept(question)));
	}

	/** A catalog question's text, by its file's name. */
	public static String query(String name) {
		return read(CATALOG.resolve(name));
	}

	/**
	 * The edits every comparison asks besides the catalog: the profile both ways, unknown
	 * objects beside known ones, a page over the cap inside an answer, organisations of
	 * several types, a filtered page, a jurisdiction's chain, and the lists a node holds
	 * itself (earmarks, contacts), empty on most items, under aliases.
	 */
	public static List<Ask> edits() {
		Map<String, Object> nothing = Map.of();
		return List.of(
				new Ask("tasks included, leads skipped", PROFILE,
						Map.of("withTasks", true, "noLeads", true, "name", "财政厅")),
				new Ask("tasks skipped, leads included", PROFILE,
						Map.of("withTasks", false, "noLeads", false, "name", "民政厅")),
				new Ask("an unknown document beside a known one",
						"{ a: document(number: \"吉政办发〔2099〕1号\") { title } b: document(number: \"吉政办发〔2017〕55号\") { title } }",
						nothing),
				new Ask("a compiled root beside a resolved one",
						"{ serviceItem(no: 1) { name } document(number: \"吉政办发〔2017〕52号\") { number } }", nothing),
				new Ask("a page over the cap, nested",
						"{ department(name: \"财政厅\") { name leads(first: 500) { totalCount } } }", nothing),
				new Ask("organisations of several types",
						"{ document(number: \"吉政干任[2017]39号\") { appointments { id date organization { __typename name ... on Department { aliases verified } ... on Company { fullName kind } } } } }",
						nothing),
				new Ask("documents by kind and date",
						"{ documents(first: 5, where: {kind: NOTICE, issuedFrom: \"2017-06-01\"}) { totalCount edges { cursor node { number kind issuedOn issue { title } } } } }",
						nothing),
				new Ask("a jurisdiction by code",
						"{ jurisdiction(name: \"220300\") { id __typename name shortNames englishName level parent { code parent { name } } } }",
						nothing),
				new Ask("every item's earmarks, aliased",
						"{ serviceItems(first: 100) { edges { node { no funding { e: earmarks { __typename p: purpose fund share } } } } } }",
						nothing),
				new Ask("the issues' contacts, aliased",
						"{ issues { c: contacts { __typename v: value label } again: contacts { label } } }", nothing));
	}

	private static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
