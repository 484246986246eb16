package org.policygraph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import org.junit.jupiter.api.Test;
import org.policygraph.graphql.Cursors;
import org.policygraph.support.GraphFingerprint;
import org.policygraph.support.GraphQlHttp.Response;
import org.policygraph.support.SeededGraphIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile strings through every string argument of the schema: each is a value, never
 * Cypher or Lucene syntax. The answer is data, null or a designed error (NOT_FOUND,
 * BAD_REQUEST), never an internal error, and the graph is the same afterwards.
 */
class HostileInputIT extends SeededGraphIT {

	static final List<String> HOSTILE = List.of("'", "\"", "\\", "`", "``", "'\"`", "' OR 1=1 --", "\" OR \"\"=\"",
			"') RETURN 1 //", "MATCH (n) DETACH DELETE n", "'}) MATCH (n) DETACH DELETE n //", "`) DETACH DELETE n //",
			"x` {id: 1}) DETACH DELETE n //", "RETURN 1; MATCH (n) DELETE n", "CALL db.labels()", "$v", "{id: 1}",
			"Department:' OR 1=1 //", "Department:`x`) DETACH DELETE n //", "Issue:", ":", "k1:' OR 1=1", "\u0000",
			"a\u0000b", "\\u0000", "\\u0027 OR 1=1", "\\\\u0022", "%00", "%27 OR 1=1", "*:*", "name:* OR *",
			"援助~2^3 [a TO z]", "AND OR NOT", "((((", "/.*/", "+-&&||!(){}[]^\"~*?:\\/", "\u202Eabc\u202C", "\u200F省财政厅",
			"省财政厅\u200B", "\uFEFF", "😀", "👨‍👩‍👧", "𠜎𠜱", "e\u0301", "", "   ", "\t\n\r", "x".repeat(20_000),
			"省".repeat(5_000), "%", "_", "<script>alert(1)</script>", "../../etc/passwd", "${jndi:ldap://127.0.0.1/x}",
			"null", "0", "-1");

	/** One request per string argument; {@code $v} is the hostile value. */
	static final Map<String, String> ARGUMENTS = arguments();

	private static Map<String, String> arguments() {
		Map<String, String> arguments = new TreeMap<>(Map.ofEntries(
				entry("Query.node(id)", "query($v: ID!) { node(id: $v) { id } }"),
				entry("Query.document(number)", "query($v: String!) { document(number: $v) { number } }"),
				entry("Query.serviceItem(document)", "query($v: String) { serviceItem(no: 1, document: $v) { name } }"),
				entry("Query.serviceItems(after)", "query($v: String) { serviceItems(after: $v) { totalCount } }"),
				entry("Query.department(name)", "query($v: String!) { department(name: $v) { name } }"),
				entry("Query.departments(after)", "query($v: String) { departments(after: $v) { totalCount } }"),
				entry("Query.department(jurisdiction)",
						"query($v: String) { department(name: \"省财政厅\", jurisdiction: $v) { name } }"),
				entry("Jurisdiction.documents(after)",
						"query($v: String) { jurisdiction(name: \"吉林\") { documents(after: $v) { totalCount } } }"),
				entry("Query.jurisdiction(name)", "query($v: String!) { jurisdiction(name: $v) { code } }"),
				entry("Query.jurisdictions(parent)", "query($v: String) { jurisdictions(parent: $v) { code } }"),
				entry("Query.person(name)", "query($v: String!) { person(name: $v) { name } }"),
				entry("Query.indicators(domain)", "query($v: String) { indicators(domain: $v) { name } }"),
				entry("Query.documents(after)", "query($v: String) { documents(after: $v) { totalCount } }"),
				entry("Query.search(text)", "query($v: String!) { search(text: $v) { score node { id } } }"),
				entry("Query.connections(from)",
						"query($v: String!) { connections(from: $v, to: \"法律援助\", maxLength: 4) { length } }"),
				entry("Query.connections(to)",
						"query($v: String!) { connections(from: \"省财政厅\", to: $v, maxLength: 4) { length } }"),
				entry("Query.responsibilityMap(id)", "query($v: ID!) { responsibilityMap(id: $v) { nodes { id } } }"),
				entry("Document.serviceItems(after)",
						"""
								query($v: String) { document(number: "吉政办发〔2017〕52号") { serviceItems(after: $v) { totalCount } } }
								"""),
				entry("Domain.serviceItems(after)",
						"query($v: String) { domains { serviceItems(after: $v) { totalCount } } }"),
				entry("Department.leads(after)",
						"query($v: String) { department(name: \"省财政厅\") { leads(after: $v) { totalCount } } }"),
				entry("Department.tasksConnection(after)",
						"query($v: String) { department(name: \"省财政厅\") { tasksConnection(after: $v) { totalCount } } }"),
				entry("Document.tasksConnection(after)",
						"""
								query($v: String) { document(number: "吉政办发〔2017〕52号") { tasksConnection(after: $v) { totalCount } } }
								""")));
		// the filter of serviceItems and serviceItemCounts, one field at a time
		for (String field : List.of("domain", "leadDepartment", "fundingPattern", "text")) {
			arguments.put("ServiceItemWhere." + field, """
					query($v: String) { serviceItems(where: {%1$s: $v}) { totalCount }
					  serviceItemCounts(by: PAYER, where: {%1$s: $v}) { key } }
					""".formatted(field));
		}
		// the filter of documents, one field at a time
		for (String field : List.of("jurisdiction", "issuer", "cites", "text")) {
			arguments.put("DocumentWhere." + field, """
					query($v: String) { documents(where: {%1$s: $v}) { totalCount edges { node { number } } } }
					""".formatted(field));
		}
		return arguments;
	}

	@Autowired
	GraphQlSource graphQlSource;

	@Test
	void theCorpusCoversEveryStringArgumentOfTheSchema() {
		assertThat(new TreeSet<>(ARGUMENTS.keySet())).isEqualTo(stringArguments());
	}

	@Test
	void hostileStringsAreAnsweredAsPlainText() {
		GraphFingerprint before = GraphFingerprint.of(driver);
		List<String> failures = new CopyOnWriteArrayList<>();
		// a few thousand requests from four clients at once: fewer than the server's
		// concurrency limit (4 per core), which is OverloadIT's subject, not this test's
		try (var clients = Executors.newFixedThreadPool(4)) {
			ARGUMENTS.forEach((argument, query) -> clients.submit(() -> {
				List<String> values = new ArrayList<>(HOSTILE);
				if (argument.endsWith("(after)")) {
					// well-formed cursors around hostile sort keys reach Cypher as
					// parameters
					HOSTILE.stream().filter(h -> h.length() < 1000).map(Cursors::encode).forEach(values::add);
				}
				for (String value : values) {
					String problem;
					try {
						problem = problem(graphql.post(query, Map.of("v", value)));
					}
					catch (RuntimeException ex) {
						problem = ex.toString();
					}
					if (problem != null) {
						failures.add(argument + " <- " + abbreviate(value) + ": " + problem);
					}
				}
			}));
		}
		assertThat(failures).isEmpty();
		assertThat(GraphFingerprint.of(driver)).isEqualTo(before);
	}

	@Test
	void aPathFromAnEntityToItselfIsABadRequest() {
		Response response = graphql.post("{ connections(from: \"省财政厅\", to: \"Department:省财政厅\") { length } }");
		assertThat(problem(response)).isNull();
		assertThat((String) response.read("$.errors[0].extensions.classification")).isEqualTo("BAD_REQUEST");
	}

	/**
	 * @return what is wrong with the response, or null when it is a designed answer
	 */
	private static String problem(Response response) {
		if (response.status() != 200) {
			return "HTTP " + response.status() + " " + abbreviate(response.body());
		}
		if (response.body().contains("INTERNAL_ERROR") || response.body().contains("Exception")) {
			return abbreviate(response.body());
		}
		if (!response.hasErrors()) {
			return null;
		}
		List<String> classifications = response.read("$.errors[*].extensions.classification");
		if (!Set.of("NOT_FOUND", "BAD_REQUEST").containsAll(classifications)) {
			return "errors classified " + classifications;
		}
		return null;
	}

	private static String abbreviate(String text) {
		return text.length() <= 200 ? text : text.substring(0, 200) + "... (" + text.length() + " chars)";
	}

	/**
	 * Type.field(argument) for every String or ID argument, and Input.field for every
	 * String or ID input field.
	 */
	private Set<String> stringArguments() {
		Set<String> found = new TreeSet<>();
		for (GraphQLNamedType type : graphQlSource.schema().getAllTypesAsList()) {
			if (type.getName().startsWith("__")) {
				continue;
			}
			if (type instanceof GraphQLObjectType object) {
				for (GraphQLFieldDefinition field : object.getFieldDefinitions()) {
					for (GraphQLArgument argument : field.getArguments()) {
						if (isText(argument.getType())) {
							found.add(object.getName() + "." + field.getName() + "(" + argument.getName() + ")");
						}
					}
				}
			}
			if (type instanceof GraphQLInputObjectType input) {
				for (GraphQLInputObjectField field : input.getFieldDefinitions()) {
					if (isText(field.getType())) {
						found.add(input.getName() + "." + field.getName());
					}
				}
			}
		}
		return found;
	}

	private static boolean isText(GraphQLType type) {
		GraphQLType unwrapped = GraphQLTypeUtil.unwrapAll(type);
		return unwrapped instanceof GraphQLNamedType named
				&& (named.getName().equals("String") || named.getName().equals("ID"));
	}

}
