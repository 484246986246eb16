package org.policygraph;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policygraph.department.DepartmentRegistry;
import org.policygraph.succession.Successions;
import org.policygraph.support.GraphQlHttp.Response;
import org.policygraph.support.SeededGraphIT;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Organisations over time, through the API: the 2017 bodies with what the 2018 reform
 * made of them, found by their earlier and later names, and who leads an item today.
 * Every answer is compared with the reviewed reference file.
 */
class SuccessionIT extends SeededGraphIT {

	private static Successions successions;

	@BeforeAll
	static void reference() throws IOException {
		try (InputStream in = Files.newInputStream(Path.of("graph-seed", Successions.FILE_NAME))) {
			successions = Successions.load(in, Successions.FILE_NAME, DepartmentRegistry.loadDefault());
		}
	}

	@Test
	void theHealthAndFamilyPlanningCommissionWasMergedIntoTheHealthCommissionOn18October2018() {
		Response r = ok("""
				{ department(name: "卫生计生委") { name dissolvedOn current { name foundedOn }
				    successors { kind on source from { name } to { name fullName } } } }
				""");
		assertThat(r.<String>read("$.data.department.name")).isEqualTo("省卫生计生委");
		assertThat(r.<String>read("$.data.department.dissolvedOn")).isEqualTo("2018-10-18");
		assertThat(r.<List<String>>read("$.data.department.current[*].name")).containsExactly("省卫生健康委员会");
		assertThat(r.<List<String>>read("$.data.department.current[*].foundedOn")).containsExactly("2018-10-18");
		assertThat(r.<List<String>>read("$.data.department.successors[*].kind")).containsExactly("MERGED_INTO");
		assertThat(r.<List<String>>read("$.data.department.successors[*].on")).containsExactly("2018-10-18");
		assertThat(r.<List<String>>read("$.data.department.successors[*].from.name")).containsExactly("省卫生计生委");
		assertThat(r.<List<String>>read("$.data.department.successors[*].to.fullName")).containsExactly("吉林省卫生健康委员会");
		assertThat(r.<List<String>>read("$.data.department.successors[*].source").getFirst()).contains("《吉林省机构改革方案》")
			.contains("2018-10-18");
	}

	@Test
	void theLaterNameFindsTheNewBodyWithTheBodiesItTookOver() {
		Response r = ok("""
				{ department(name: "卫生健康委") { name fullName foundedOn dissolvedOn current { name }
				    predecessors { kind from { name } } } }
				""");
		assertThat(r.<String>read("$.data.department.name")).isEqualTo("省卫生健康委员会");
		assertThat(r.<String>read("$.data.department.foundedOn")).isEqualTo("2018-10-18");
		assertThat(r.<Object>read("$.data.department.dissolvedOn")).isNull();
		assertThat(r.<List<String>>read("$.data.department.current[*].name")).containsExactly("省卫生健康委员会");
		assertThat(r.<List<String>>read("$.data.department.predecessors[*].from.name"))
			.containsExactlyInAnyOrder("省卫生计生委", "省安监局");
		assertThat(r.<List<String>>read("$.data.department.predecessors[?(@.from.name == '省安监局')].kind"))
			.containsExactly("FUNCTIONS_TRANSFERRED");
	}

	@Test
	void searchFindsTheBodyByItsLaterNameAndTheOtherWayRound() {
		Response later = ok(
				"""
						{ search(text: "卫生健康委", first: 10) { snippet node { id ... on Department { name successors { to { name } } } } } }
						""");
		List<String> ids = later.read("$.data.search[*].node.id");
		assertThat(ids).contains("Department:吉林省卫生健康委员会", "Department:吉林省卫生和计划生育委员会");
		assertThat(ids.indexOf("Department:吉林省卫生和计划生育委员会")).isEqualTo(ids.indexOf("Department:吉林省卫生健康委员会") + 1);
		assertThat(later.<List<String>>read("$.data.search[?(@.node.name == '省卫生计生委')].node.successors[*].to.name"))
			.containsExactly("省卫生健康委员会");
		assertThat(later.<List<String>>read("$.data.search[?(@.node.name == '省卫生计生委')].snippet"))
			.containsExactly("省卫生计生委（后为省卫生健康委员会）");
		Response earlier = ok("""
				{ search(text: "卫生计生委", first: 10) { snippet node { id } } }
				""");
		assertThat(earlier.<List<String>>read("$.data.search[*].node.id")).contains("Department:吉林省卫生和计划生育委员会",
				"Department:吉林省卫生健康委员会");
		// Receiving some functions makes no body another's earlier name.
		assertThat(later.<List<String>>read("$.data.search[*].node.id")).doesNotContain("Department:吉林省安全生产监督管理局");
	}

	@Test
	void everyBodyIsCurrentAsTheReferenceFileSaysAndABodyThatStillExistsIsItsOwnCurrentBody() {
		Response r = ok(
				"""
						{ departments(first: 100, orderBy: NAME) { totalCount edges { node { name dissolvedOn current { name } } } } }
						""");
		List<Map<String, Object>> nodes = r.read("$.data.departments.edges[*].node");
		assertThat(nodes).hasSize(r.<Integer>read("$.data.departments.totalCount"));
		int dissolved = 0;
		for (Map<String, Object> node : nodes) {
			String name = (String) node.get("name");
			List<String> current = ((List<Map<String, Object>>) node.get("current")).stream()
				.map(d -> (String) d.get("name"))
				.toList();
			assertThat(current).as(name).containsExactlyElementsOf(successions.current(name));
			if (successions.dissolved(name)) {
				dissolved++;
				assertThat(current).as(name).doesNotContain(name);
			}
			else {
				assertThat(current).as(name).containsExactly(name);
				assertThat(node.get("dissolvedOn")).as(name).isNull();
			}
		}
		assertThat(dissolved).isEqualTo(4);
		assertThat(r.<Integer>read("$.extensions.cypherQueries")).isLessThanOrEqualTo(2);
	}

	@Test
	void theLeadsOfEveryItemTodayCostOneQueryWhateverTheNumberOfItems() {
		String query = """
				{ serviceItems(first: %d) { edges { node { no leadDepartments { name } currentLeads { name current { name } } } } } }
				""";
		// 60 items with their leads today and those leads' own: inside the guard's cost
		// budget.
		Response all = ok(query.formatted(60));
		Response few = ok(query.formatted(3));
		assertThat(all.<Integer>read("$.extensions.cypherQueries"))
			.isEqualTo(few.<Integer>read("$.extensions.cypherQueries"))
			.isLessThanOrEqualTo(6);
		// Item 83 is printed with 省农委, which only handed on functions: it still leads.
		Response item = ok("{ serviceItem(no: 83) { leadDepartments { name } currentLeads { name } } }");
		List<String> printed83 = item.read("$.data.serviceItem.leadDepartments[*].name");
		List<String> today83 = item.read("$.data.serviceItem.currentLeads[*].name");
		assertThat(printed83).contains("省农委");
		assertThat(today83).containsExactlyElementsOf(printed83);
	}

	@Test
	void theVaccineNoticeIsLedTodayByTheHealthCommissionAndTheFoodAndDrugAdministrationWhoseFateIsUnsourced() {
		Response r = ok("""
				{ document(number: "吉政办发〔2017〕57号") { tasks { units { name } currentLeads { name } } } }
				""");
		assertThat(r.<List<String>>read("$.data.document.tasks[*].units[*].name")).contains("省卫生计生委", "省食品药品监督管理局");
		List<String> today = r.read("$.data.document.tasks[*].currentLeads[*].name");
		assertThat(today).contains("省卫生健康委员会", "省食品药品监督管理局").doesNotContain("省卫生计生委");
	}

	@Test
	void theResponsibilityMapShowsADepartmentsSuccessors() {
		Response r = ok(
				"""
						{ responsibilityMap(id: "Department:吉林省卫生和计划生育委员会", depth: 1) { nodes { id } edges { source target type label englishLabel detail } } }
						""");
		List<Map<String, Object>> succession = r.read("$.data.responsibilityMap.edges[?(@.type == 'SUCCEEDED_BY')]");
		assertThat(succession).singleElement()
			.satisfies(e -> assertThat(e).containsEntry("source", "Department:吉林省卫生和计划生育委员会")
				.containsEntry("target", "Department:吉林省卫生健康委员会")
				.containsEntry("englishLabel", "succeeded by")
				.containsEntry("detail", "MERGED_INTO"));
		assertThat(r.<List<String>>read("$.data.responsibilityMap.nodes[*].id")).contains("Department:吉林省卫生健康委员会");
	}

	@Test
	void theMapPanelsQueryListsADepartmentsSuccessionsWithTheirSources() throws IOException {
		// The query the map page sends when a node is clicked, as the page spells it.
		String script = Files.readString(Path.of("src/main/resources/static/explore/map.js"));
		int start = script.indexOf("const DETAILS = `") + "const DETAILS = `".length();
		String details = script.substring(start, script.indexOf('`', start));
		Response r = graphql.post(details, Map.of("id", "Department:吉林省卫生和计划生育委员会"));
		assertThat(r.hasErrors()).as(r.body()).isFalse();
		assertThat(r.<List<String>>read("$.data.node.successors[*].to.name")).containsExactly("省卫生健康委员会");
		assertThat(r.<List<String>>read("$.data.node.current[*].name")).containsExactly("省卫生健康委员会");
		Response item = graphql.post(details, Map.of("id", "ServiceItem:吉政办发〔2017〕52号#27"));
		assertThat(item.hasErrors()).as(item.body()).isFalse();
		assertThat(item.<List<String>>read("$.data.node.currentLeads[*].name")).containsExactly("省卫生健康委员会");
	}

	@Test
	void bodiesWhoseFateIsUnsourcedHaveNoSuccessorAndNoLifetime() {
		Response r = ok(
				"""
						{ department(name: "省环保厅") { foundedOn dissolvedOn successors { kind } predecessors { kind } current { name } } }
						""");
		assertThat(r.<Object>read("$.data.department.foundedOn")).isNull();
		assertThat(r.<Object>read("$.data.department.dissolvedOn")).isNull();
		assertThat(r.<List<Object>>read("$.data.department.successors")).isEmpty();
		assertThat(r.<List<String>>read("$.data.department.current[*].name")).containsExactly("省环保厅");
	}

	private Response ok(String query) {
		Response response = graphql.post(query);
		assertThat(response.hasErrors()).as(response.body()).isFalse();
		return response;
	}

}
