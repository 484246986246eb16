package org.policygraph.department;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Value;
import org.policygraph.neo4j.Params;
import org.policygraph.support.GraphQlHttp.Response;
import org.policygraph.support.QueryPlans;
import org.policygraph.support.SeededGraphIT;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * department(name:) is a seek of the names' index (V0012) at any number of departments,
 * and finds what the scan of every department found before, for every name of every
 * department of the seed. The plans are read from the database, so a planner that stops
 * using the index fails here rather than in a benchmark.
 */
class DepartmentLookupIT extends SeededGraphIT {

	/** The lookup before V0012: a test of every department. */
	private static final String SCAN = """
			MATCH (o:Department)
			WHERE o.name = $name OR o.fullName = $name OR $name IN o.aliases
			   OR toLower(o.englishName) = toLower($name)
			RETURN o.id AS id ORDER BY id
			""";

	@Test
	void theLookupIsASeekOfTheNamesIndexAndNoScanOfDepartments() {
		List<String> operators = QueryPlans.operators(driver, DepartmentRepository.BY_ANY_NAME + "RETURN o",
				Params.of("name", "财政厅", "code", null));
		assertThat(operators).anyMatch(o -> o.startsWith("NodeIndexSeek") && o.contains("DepartmentName(key)"))
			.anyMatch(o -> o.startsWith("NodeUniqueIndexSeek") && o.contains("Department(id)"))
			.noneMatch(o -> o.contains("Scan"));
	}

	@Test
	void everyNameOfEveryDepartmentFindsWhatTheScanFound() {
		Set<String> names = new LinkedHashSet<>();
		try (var session = driver.session()) {
			session.executeRead(tx -> tx.run("""
					MATCH (o:Department)
					RETURN [o.name, o.fullName, o.englishName, toUpper(o.englishName), toLower(o.englishName)]
					       + coalesce(o.aliases, []) AS names
					""").list(r -> r.get("names").asList(v -> v.isNull() ? null : v.asString())))
				.forEach(list -> list.stream().filter(n -> n != null && !n.isBlank()).forEach(names::add));
		}
		// no department has these: a near name, an English fragment, the traditional
		// script of an alias, a name with the case of a Chinese one changed
		names.addAll(List.of("财政局", "department of finance", "財政廳", "省財政廳", "Department Of Finance Of Jilin Province"));
		assertThat(names).hasSizeGreaterThan(100);
		for (String name : names) {
			assertThat(ids(DepartmentRepository.BY_ANY_NAME + "RETURN o.id AS id ORDER BY id", name)).as(name)
				.isEqualTo(ids(SCAN, name));
		}
	}

	@Test
	void everyDepartmentHasTheKeysOfItsNamesAndNoOther() {
		record Keys(String fullName, List<String> expected, List<String> stored) {
		}
		try (var session = driver.session()) {
			List<Keys> departments = session.executeRead(tx -> tx.run("""
					MATCH (o:Department)
					RETURN o.name AS name, o.fullName AS fullName, o.englishName AS englishName,
					       coalesce(o.aliases, []) AS aliases,
					       COLLECT { MATCH (k:DepartmentName {departmentId: o.id}) RETURN k.key } AS keys
					""")
				.list(r -> new Keys(r.get("fullName").asString(null),
						DepartmentNames.keys(r.get("name").asString(null), r.get("fullName").asString(null),
								r.get("englishName").asString(null), r.get("aliases").asList(Value::asString)),
						r.get("keys").asList(Value::asString))));
			assertThat(departments).hasSizeGreaterThan(20);
			departments.forEach(
					d -> assertThat(d.stored()).as(d.fullName()).containsExactlyInAnyOrderElementsOf(d.expected()));
			long orphans = session.executeRead(tx -> tx.run("""
					MATCH (k:DepartmentName) WHERE NOT EXISTS { MATCH (o:Department {id: k.departmentId}) }
					RETURN count(k) AS c
					""").single().get("c").asLong());
			assertThat(orphans).isZero();
		}
	}

	@Test
	void everyNameFormAnswersAsBeforeCompiledAndThroughTheResolver() {
		for (String name : List.of("财政厅", "省财政厅", "吉林省财政厅", "Department of Finance of Jilin Province",
				"DEPARTMENT OF FINANCE OF JILIN PROVINCE", " 财政厅 ")) {
			// without a jurisdiction the compiler answers, with one the resolver
			for (String query : List.of("query($n: String!) { department(name: $n) { id } }",
					"query($n: String!) { department(name: $n, jurisdiction: \"吉林\") { id } }")) {
				Response response = graphql.post(query, Map.of("n", name));
				assertThat(response.<String>read("$.data.department.id")).as(name + " " + query)
					.isEqualTo("Department:吉林省财政厅");
				assertThat(response.<Integer>read("$.extensions.cypherQueries")).as(name + " " + query)
					.isLessThanOrEqualTo(2);
			}
		}
		assertThat(graphql.<String>data("{ department(name: \"省住建厅\") { fullName } }", "$.data.department.fullName"))
			.isEqualTo("吉林省住房和城乡建设厅");
	}

	@Test
	void anUnknownNameIsNotFoundWithTheClosestNames() {
		// the traditional script is not a name the lookup accepts, before V0012 or after
		for (String name : List.of("财政局", "財政廳")) {
			Response response = graphql.post("query($n: String!) { department(name: $n) { id } }", Map.of("n", name));
			assertThat(response.<String>read("$.errors[0].extensions.classification")).as(name).isEqualTo("NOT_FOUND");
		}
		assertThat(graphql.post("{ department(name: \"财政局\") { id } }")
			.<List<String>>read("$.errors[0].extensions.suggestions")).first().isEqualTo("省财政厅");
	}

	private List<String> ids(String cypher, String name) {
		try (var session = driver.session()) {
			return session.executeRead(
					tx -> tx.run(cypher, Params.of("name", name, "code", null)).list(r -> r.get("id").asString()));
		}
	}

}
