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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the database does for the compiled statements of catalog questions 03 and 09: a
 * department's counts are its degrees (no neighbour read to count it), which holds
 * because the writers give LEADS, RESPONSIBLE_FOR and IN_DOMAIN one label at their other
 * end; a person's appointments are read with only the properties asked, not as whole
 * nodes for the loaders.
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

	private String compiledStatement(String file, String operation, String field) throws IOException {
		String query = Files.readString(Path.of("queries", file), StandardCharsets.UTF_8);
		assertThat(graphql.post(query).<Integer>read("$.extensions.cypherQueries")).isEqualTo(1);
		String cypher = compiled.compiled(query, operation, field, null);
		assertThat(cypher).as("%s is compiled", file).isNotNull();
		return cypher;
	}

}
