package org.policygraph.compile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.policygraph.support.QueryPlans;
import org.policygraph.support.SeededGraphIT;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

/**
 * What the database does for the compiled statements of catalog questions 03 and 09: a
 * department's counts are its degrees (no neighbour read to count it), which holds
 * because the writers give LEADS, RESPONSIBLE_FOR and IN_DOMAIN one label at their other
 * end; a person's appointments are read with only the properties asked, not as whole
 * nodes for the loaders; the point lookups (01, 02, D1) are planned as their raw Cypher
 * is.
 */
class CompiledPlansIT extends SeededGraphIT {

	@Autowired
	private CompiledQueries compiled;

	@Test
	void theRelationshipsCountedByDegreeHaveOneLabelAtTheirOtherEnd() {
		try (var session = driver.session()) {
			Map<String, Object> counts = session.run("""
					RETURN COUNT { ()-[:LEADS]->(n) WHERE NOT n:ServiceItem } AS leads,
					       COUNT { ()-[:RESPONSIBLE_FOR]->(n) WHERE NOT n:Task } AS responsible,
					       COUNT { (n)-[:IN_DOMAIN]->() WHERE NOT n:ServiceItem } AS inDomain,
					       COUNT { ()-[:LEADS]->() } AS allLeads
					""").single().asMap();
			assertThat(counts).containsEntry("leads", 0L)
				.containsEntry("responsible", 0L)
				.containsEntry("inDomain", 0L);
			assertThat((Long) counts.get("allLeads")).isPositive();
		}
	}

	@Test
	void theDepartmentProfileCountsByDegreeAndExpandsLeadsOnlyForItsPage() throws IOException {
		String cypher = compiledStatement("03-department-profile.graphql", "DepartmentProfile", "department");
		Map<String, Object> parameters = new HashMap<>(Map.of("name", "财政厅", "p0fetch", 6));
		parameters.put("p0after", null);
		List<String> operators = QueryPlans.operators(driver, cypher, parameters);
		String plan = String.join("\n", operators);
		assertThat(plan).as(cypher)
			.contains("itemsLedCount: getDegree((v0)-[:LEADS]->())")
			.contains("taskCount: getDegree((v0)-[:RESPONSIBLE_FOR]->())")
			.contains("total: getDegree((v0)-[:LEADS]->())");
		assertThat(operators).filteredOn(o -> o.startsWith("Expand") && o.contains(":LEADS]")).hasSize(1);
		assertThat(operators).filteredOn(o -> o.startsWith("Expand") && o.contains(":RESPONSIBLE_FOR]")).hasSize(1);
	}

	@Test
	void aPersonsAppointmentsAreCompiledWithTheirPropertiesOnly() throws IOException {
		String cypher = compiledStatement("09-appointments-of-a-person.graphql", "PersonAppointments", "person");
		try (var session = driver.session()) {
			Map<String, Object> row = session.run(cypher, Map.of("name", "杜延华")).single().get("row").asMap();
			assertThat(row).containsOnlyKeys("name", "appointments");
			@SuppressWarnings("unchecked")
			List<Map<String, Object>> appointments = (List<Map<String, Object>>) row.get("appointments");
			assertThat(appointments).isNotEmpty()
				.allSatisfy(a -> assertThat(a).containsOnlyKeys("action", "post", "date", "organization", "decision",
						"source"));
		}
	}

	/**
	 * The point lookups' plans are raw Cypher's (PointLookupCostIT measures them at the
	 * same database CPU per call): an index seek for the root, ordered by the index where
	 * the resolver's order allows, every nested list rolled up beside the row, no scan
	 * and no eager step.
	 */
	@Test
	void theItemLookupSeeksTheItemInItsIndexOrderAndRollsUpItsLeads() throws IOException {
		List<String> operators = QueryPlans.operators(driver,
				compiledStatement("01-item-leads.graphql", "ItemLeads", "serviceItem", false), Map.of("no", 1));
		assertPointLookup(operators);
		assertThat(operators).anyMatch(o -> o.startsWith("NodeIndexSeek") && o.contains(":ServiceItem(no, sortKey)"));
		// the index gives the resolver's order: the first row is the answer, nothing
		// sorted
		assertThat(operators).noneMatch(o -> o.startsWith("Top"))
			.filteredOn(o -> o.startsWith("Sort"))
			.singleElement(as(STRING))
			.contains(".order` ASC");
		assertThat(operators).anyMatch(o -> o.startsWith("RollUpApply"));
	}

	@Test
	void theDocumentLookupSeeksNumberAndKeyAndRollsUpBothLists() throws IOException {
		List<String> operators = QueryPlans.operators(driver,
				compiledStatement("02-document-by-number.graphql", "DocumentByNumber", "document", null),
				Map.of("number", "吉政办发〔2017〕52号"));
		assertPointLookup(operators);
		assertThat(operators).filteredOn(o -> o.startsWith("NodeIndexSeek"))
			.anyMatch(o -> o.contains(":Document(number)"))
			.anyMatch(o -> o.contains(":Document(key)"));
		assertThat(operators).filteredOn(o -> o.startsWith("RollUpApply")).hasSize(2);
	}

	@Test
	void theDepartmentLookupSeeksItsNamesAndThenItsId() throws IOException {
		String query = """
				query DepartmentByAlias {
				  department(name: "财政厅") { id name fullName englishName aliases }
				}
				""";
		assertThat(graphql.post(query).<Integer>read("$.extensions.cypherQueries")).isEqualTo(1);
		String cypher = compiled.compiled(query, "DepartmentByAlias", "department", null);
		assertThat(cypher).isNotNull();
		List<String> operators = QueryPlans.operators(driver, cypher, Map.of("name", "财政厅"));
		assertPointLookup(operators);
		assertThat(operators).anyMatch(o -> o.startsWith("NodeIndexSeek") && o.contains(":DepartmentName(key)"))
			.anyMatch(o -> o.startsWith("NodeUniqueIndexSeek") && o.contains(":Department(id)"));
	}

	private static void assertPointLookup(List<String> operators) {
		assertThat(operators)
			.noneMatch(o -> o.contains("Scan") || o.startsWith("Eager") || o.startsWith("CartesianProduct"));
	}

	private String compiledStatement(String file, String operation, String field) throws IOException {
		return compiledStatement(file, operation, field, null);
	}

	private String compiledStatement(String file, String operation, String field, Object variant) throws IOException {
		String query = Files.readString(Path.of("queries", file), StandardCharsets.UTF_8);
		assertThat(graphql.post(query).<Integer>read("$.extensions.cypherQueries")).isEqualTo(1);
		String cypher = compiled.compiled(query, operation, field, variant);
		assertThat(cypher).as("%s is compiled", file).isNotNull();
		return cypher;
	}

}
