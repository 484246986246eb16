package org.policygraph;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.policygraph.support.GazetteText;
import org.policygraph.support.GazetteText.ServiceRow;
import org.policygraph.support.GraphQlHttp.Response;
import org.policygraph.support.SeededGraphIT;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the API answers about the seeded gazette, checked against the text. Runs on
 * embedded Neo4j always ({@link EmbeddedApiIT}) and on the official Neo4j image where
 * Docker exists ({@link Neo4jContainerApiIT}).
 */
abstract class ApiScenarios extends SeededGraphIT {

	@Test
	void firstItemOfTheServiceListIsFreeCompulsoryEducationLedByFinanceAndEducation() {
		Map<String, Object> item = graphql.data("{ serviceItem(no: 1) { name leadDepartments { name } } }",
				"$.data.serviceItem");
		assertThat(item).containsEntry("name", "免费义务教育");
		assertThat(names(item.get("leadDepartments"))).containsExactly("省财政厅", "省教育厅");
	}

	@Test
	void everyItemHasTheLeadDepartmentsPrintedInItsRow() {
		List<Map<String, Object>> items = graphql.data("""
				{ serviceItems(first: 100) { totalCount edges { node { no name leadDepartments { name aliases } } } } }
				""", "$.data.serviceItems.edges[*].node");
		List<ServiceRow> rows = GazetteText.serviceRows();
		assertThat(items).hasSize(85);
		assertThat(rows).hasSize(85);
		for (ServiceRow row : rows) {
			Map<String, Object> item = items.stream()
				.filter(i -> i.get("no").equals(row.no()))
				.findFirst()
				.orElseThrow();
			assertThat(item.get("name")).as("item %d", row.no()).isEqualTo(row.name());
			@SuppressWarnings("unchecked")
			List<Map<String, Object>> leads = (List<Map<String, Object>>) item.get("leadDepartments");
			// Each lead is printed in the row under its canonical name or one of its
			// aliases, in order.
			List<String> printed = List.of(row.leads().split("、"));
			assertThat(leads).as("leads of item %d", row.no()).hasSameSizeAs(printed);
			for (int i = 0; i < printed.size(); i++) {
				@SuppressWarnings("unchecked")
				List<String> aliases = (List<String>) leads.get(i).get("aliases");
				assertThat(printed.get(i)).as("lead %d of item %d", i, row.no())
					.isIn(concat(leads.get(i).get("name"), aliases));
			}
		}
	}

	@Test
	void documentNumbersAreFoundInAnyBracketStyle() {
		for (String variant : List.of("吉政办发〔2017〕52号", "吉政办发[2017]52号", "吉政办发(2017)52号", "吉政办发（2017）52号",
				"吉政办发﹝2017﹞52号", "吉政办发〔2017〕52 号")) {
			Map<String, Object> doc = graphql.data("query($n: String!) { document(number: $n) { number title } }",
					Map.of("n", variant), "$.data.document");
			assertThat(doc).as(variant).containsEntry("number", "吉政办发〔2017〕52号");
			assertThat((String) doc.get("title")).contains("基本公共服务均等化");
		}
	}

	@Test
	void thePlanCitesTheStateCouncilsPlan() {
		List<String> cited = graphql.data("{ document(number: \"吉政办发〔2017〕52号\") { cites { number } } }",
				"$.data.document.cites[*].number");
		assertThat(cited).contains("国发〔2017〕9号", "国发〔2012〕29号", "吉政发〔2013〕10号", "国务院令第586号");
	}

	@Test
	void theGuidanceOnPrefabricatedBuildingsIsCitedByTheOpinionAndItsInterpretation() {
		Map<String, Object> doc = graphql.data("""
				{ document(number: "国办发〔2016〕71号") { citedOnly citedBy { number kind } } }
				""", "$.data.document");
		assertThat(doc).containsEntry("citedOnly", true);
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> citedBy = (List<Map<String, Object>>) doc.get("citedBy");
		assertThat(citedBy).extracting(m -> m.get("kind")).contains("IMPLEMENTATION_OPINION", "INTERPRETATION");
	}

	@Test
	void aDepartmentIsFoundByItsAbbreviationFullNameOrEnglishName() {
		for (String name : List.of("财政厅", "省财政厅", "吉林省财政厅", "department of finance of jilin province")) {
			Map<String, Object> dept = graphql.data(
					"{ department(name: \"%s\") { id name fullName englishName } }".formatted(name),
					"$.data.department");
			assertThat(dept).as(name).containsEntry("name", "省财政厅").containsEntry("id", "Department:吉林省财政厅");
		}
	}

	@Test
	void anUnknownDepartmentGivesNullAndTheClosestNames() {
		Response response = graphql.post("{ department(name: \"省财政局\") { name } }");
		assertThat(response.status()).isEqualTo(200);
		assertThat((Object) response.read("$.data.department")).isNull();
		assertThat((String) response.read("$.errors[0].extensions.classification")).isEqualTo("NOT_FOUND");
		List<String> suggestions = response.read("$.errors[0].extensions.suggestions");
		assertThat(suggestions).first().isEqualTo("省财政厅");
		assertThat((String) response.read("$.errors[0].message")).contains("省财政局").contains("省财政厅");
	}

	@Test
	void aPageLargerThanTheCapIsABadRequest() {
		Response response = graphql.post("{ serviceItems(first: 1000) { totalCount } }");
		assertThat((String) response.read("$.errors[0].extensions.classification")).isEqualTo("BAD_REQUEST");
		assertThat(response.body()).doesNotContain("Exception").doesNotContain("MATCH");
	}

	@Test
	void pagesWalkTheWholeListWithoutGapsOrRepeats() {
		String after = null;
		List<Integer> seen = new java.util.ArrayList<>();
		for (int page = 0; page < 10; page++) {
			String query = "{ serviceItems(first: 20%s) { totalCount pageInfo { hasNextPage endCursor } edges { node { no } } } }"
				.formatted(after == null ? "" : ", after: \"" + after + "\"");
			Map<String, Object> connection = graphql.data(query, "$.data.serviceItems");
			assertThat(connection.get("totalCount")).isEqualTo(85);
			List<Integer> nos = com.jayway.jsonpath.JsonPath.read(connection, "$.edges[*].node.no");
			seen.addAll(nos);
			Map<?, ?> pageInfo = (Map<?, ?>) connection.get("pageInfo");
			if (!(Boolean) pageInfo.get("hasNextPage")) {
				break;
			}
			after = (String) pageInfo.get("endCursor");
		}
		assertThat(seen).hasSize(85).doesNotHaveDuplicates().isSorted();
	}

	@Test
	void taskPagesWalkADepartmentsAndADocumentsTasksInTheListsOrder() {
		for (String owner : List.of("department(name: \"省住房城乡建设厅\")", "document(number: \"吉政办发〔2017〕55号\")")) {
			String root = owner.substring(0, owner.indexOf('('));
			List<String> listed = graphql.data("{ %s { tasks { id } } }".formatted(owner),
					"$.data.%s.tasks[*].id".formatted(root));
			assertThat(listed).hasSizeGreaterThan(8);
			String after = null;
			String last = null;
			List<String> seen = new java.util.ArrayList<>();
			for (int page = 0; page < 20; page++) {
				Map<String, Object> connection = graphql.data(
						"{ %s { tasksConnection(first: 4%s) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } } }"
							.formatted(owner, after == null ? "" : ", after: \"" + after + "\""),
						"$.data.%s.tasksConnection".formatted(root));
				assertThat(connection.get("totalCount")).isEqualTo(listed.size());
				List<String> ids = com.jayway.jsonpath.JsonPath.read(connection, "$.edges[*].node.id");
				assertThat(ids).hasSizeLessThanOrEqualTo(4);
				seen.addAll(ids);
				last = com.jayway.jsonpath.JsonPath.read(connection, "$.pageInfo.endCursor");
				if (!com.jayway.jsonpath.JsonPath.<Boolean>read(connection, "$.pageInfo.hasNextPage")) {
					break;
				}
				after = last;
			}
			assertThat(seen).as(owner).containsExactlyElementsOf(listed);
			// after the last task: an empty page, not an error
			Map<String, Object> beyond = graphql
				.data("{ %s { tasksConnection(first: 4, after: \"%s\") { totalCount edges { node { id } } } } }"
					.formatted(owner, last), "$.data.%s.tasksConnection".formatted(root));
			assertThat(beyond.get("totalCount")).isEqualTo(listed.size());
			assertThat((List<?>) beyond.get("edges")).isEmpty();
		}
	}

	@Test
	void aPageOfDepartmentsWithTheirTaskPagesCostsAFewQueriesWhateverTheirNumber() {
		String query = """
				{ departments(orderBy: TASKS, first: %d) { edges { node { name
				  tasksConnection(first: 3) { totalCount edges { node { title units { name } document { number } } } } } } } }
				""";
		Response many = graphql.post(query.formatted(30));
		Response few = graphql.post(query.formatted(2));
		assertThat(many.hasErrors()).as(many.body()).isFalse();
		assertThat(many.<List<Object>>read("$.data.departments.edges")).hasSize(30);
		int queriesForMany = many.read("$.extensions.cypherQueries");
		assertThat(queriesForMany).isEqualTo(few.<Integer>read("$.extensions.cypherQueries")).isLessThanOrEqualTo(4);
	}

	@Test
	void aTaskCursorNotMadeByTheApiIsABadRequest() {
		Response response = graphql.post(
				"{ document(number: \"吉政办发〔2017〕52号\") { tasksConnection(first: 2, after: \"nope\") { totalCount } } }");
		assertThat((String) response.read("$.errors[0].extensions.classification")).isEqualTo("BAD_REQUEST");
		assertThat(response.body()).doesNotContain("Exception").doesNotContain("MATCH");
	}

	@Test
	void itemsWhereTheCentreSubsidisesAndCountiesAreResponsible() {
		List<Map<String, Object>> items = graphql.data(
				"""
						{ serviceItems(first: 100, where: { payers: [{payer: CENTRAL, role: SUBSIDY}, {payer: COUNTY, role: RESPONSIBLE}] }) {
						    edges { node { no funding { text shares { payer role } } } } } }
						""",
				"$.data.serviceItems.edges[*].node");
		assertThat(items).isNotEmpty();
		assertThat(items).extracting(i -> i.get("no")).contains(27, 28, 29, 31);
		for (Map<String, Object> item : items) {
			List<String> shares = com.jayway.jsonpath.JsonPath.read(item, "$.funding.shares[*]");
			List<String> payerRoles = com.jayway.jsonpath.JsonPath
				.<List<Map<String, String>>>read(item, "$.funding.shares")
				.stream()
				.map(share -> share.get("payer") + ":" + share.get("role"))
				.toList();
			assertThat(payerRoles).as(shares.toString()).contains("CENTRAL:SUBSIDY", "COUNTY:RESPONSIBLE");
		}
	}

	@Test
	void countsPerLeadDepartmentMatchTheRowsThatNameIt() {
		List<Map<String, Object>> groups = graphql.data("{ serviceItemCounts(by: LEAD_DEPARTMENT) { key count } }",
				"$.data.serviceItemCounts");
		Map<String, Integer> counts = groups.stream()
			.collect(Collectors.toMap(g -> (String) g.get("key"), g -> (Integer) g.get("count")));
		long health = GazetteText.serviceRows().stream().filter(r -> r.leads().contains("省卫生计生委")).count();
		long civil = GazetteText.serviceRows().stream().filter(r -> r.leads().contains("省民政厅")).count();
		assertThat(counts.get("省卫生计生委")).isEqualTo((int) health);
		assertThat(counts.get("省民政厅")).isEqualTo((int) civil);
	}

	@Test
	void countsPerDomainAddUpToTheWholeList() {
		List<Integer> counts = graphql.data("{ serviceItemCounts(by: DOMAIN) { key englishName count } }",
				"$.data.serviceItemCounts[*].count");
		assertThat(counts).hasSize(8);
		assertThat(counts.stream().mapToInt(Integer::intValue).sum()).isEqualTo(85);
	}

	@Test
	void duYanhuaWasAppointedInspectorAndRemovedAsDeputyDirectorOfJustice() {
		List<Map<String, Object>> appointments = graphql.data("""
				{ person(name: "杜延华") { appointments { action post date organization { name } decision { number } } } }
				""", "$.data.person.appointments");
		assertThat(appointments).hasSize(2);
		assertThat(appointments).extracting(a -> a.get("action"), a -> a.get("post"), a -> a.get("date"))
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("APPOINT", "巡视员", "2017-11-01"),
					org.assertj.core.groups.Tuple.tuple("REMOVE", "副厅长", "2017-11-01"));
		assertThat(appointments).allSatisfy(a -> {
			assertThat(com.jayway.jsonpath.JsonPath.<String>read(a, "$.organization.name")).isEqualTo("省司法厅");
			assertThat(com.jayway.jsonpath.JsonPath.<String>read(a, "$.decision.number")).isEqualTo("吉政干任〔2017〕37号");
		});
	}

	@Test
	void searchFindsLegalAidWithProvenance() {
		List<Map<String, Object>> hits = graphql.data(
				"""
						{ search(text: "法律援助") { score snippet node { id ... on ServiceItem { no name } } source { lines text } } }
						""",
				"$.data.search");
		assertThat(hits).isNotEmpty();
		Map<String, Object> first = hits.getFirst();
		assertThat(first.toString()).contains("name=法律援助").contains("no=53");
		assertThat((String) first.get("snippet")).contains("法律援助");
		int line = GazetteText.serviceRows().stream().filter(r -> r.no() == 53).findFirst().orElseThrow().line();
		assertThat(com.jayway.jsonpath.JsonPath.<List<Integer>>read(first, "$.source.lines")).containsExactly(line,
				line);
	}

	@Test
	void hostileSearchTextIsSearchedAsPlainText() {
		for (String hostile : List.of("法律援助\") OR 1=1 //", "*:*", "AND OR NOT", "\\", "援助~2^3 [a TO z]",
				"' MATCH (n) DETACH DELETE n //", "`x`", "\\u0000", "((((")) {
			Response response = graphql.post("query($t: String!) { search(text: $t) { score } }", Map.of("t", hostile));
			assertThat(response.status()).as(hostile).isEqualTo(200);
			assertThat(response.body()).as(hostile).doesNotContain("INTERNAL_ERROR");
		}
		assertThat(graphql.<Integer>data("{ serviceItems { totalCount } }", "$.data.serviceItems.totalCount"))
			.isEqualTo(85);
	}

	@Test
	void duYanhuaIsConnectedToLegalAidThroughTheJusticeDepartment() {
		List<List<String>> paths = graphql.data("""
				{ connections(from: "杜延华", to: "法律援助") { length nodes { label type } } }
				""", "$.data.connections[*].nodes[*].label");
		assertThat(paths).isNotEmpty();
		assertThat(paths.toString()).contains("杜延华").contains("省司法厅").contains("法律援助");
	}

	@Test
	void theFinanceDepartmentsMapShowsItemsItLeadsAndTheirFunding() {
		Map<String, Object> map = graphql.data(
				"""
						{ responsibilityMap(id: "Department:省财政厅", depth: 2) { nodes { id type label englishLabel } edges { source target type label englishLabel detail } } }
						""",
				"$.data.responsibilityMap");
		assertThat(com.jayway.jsonpath.JsonPath.<List<String>>read(map, "$.nodes[*].type")).contains("ServiceItem",
				"Payer", "Department", "Task");
		assertThat(com.jayway.jsonpath.JsonPath.<List<String>>read(map, "$.edges[*].type")).contains("LEADS",
				"FUNDED_BY", "RESPONSIBLE_FOR");
		assertThat(com.jayway.jsonpath.JsonPath.<List<String>>read(map, "$.edges[*].englishLabel"))
			.contains("funded by");
	}

	@Test
	void provenanceQuotesTheSourceLineWithItsBrokenSpaces() {
		int line = GazetteText.serviceRows().stream().filter(r -> r.no() == 31).findFirst().orElseThrow().line();
		Map<String, Object> source = graphql.data(
				"{ serviceItem(no: 31) { name source { lines text document { number } } } }",
				"$.data.serviceItem.source");
		assertThat(source.get("lines")).isEqualTo(List.of(line, line));
		assertThat((String) source.get("text")).contains("儿童健康 管理");
		assertThat(source.toString()).contains("吉政办发〔2017〕52号");
	}

	@Test
	void anyNodeIsFoundAgainByItsId() {
		for (String id : List.of("Department:吉林省财政厅", "Person:杜延华", "Document:吉政办发〔2017〕55号", "Jurisdiction:220300")) {
			String found = graphql.data("{ node(id: \"%s\") { id __typename } }".formatted(id), "$.data.node.id");
			assertThat(found).isEqualTo(id);
		}
		String itemId = graphql.data("{ serviceItem(no: 53) { id } }", "$.data.serviceItem.id");
		assertThat(graphql.<String>data("{ node(id: \"%s\") { ... on ServiceItem { name } } }".formatted(itemId),
				"$.data.node.name"))
			.isEqualTo("法律援助");
	}

	@Test
	void theIdsFrontendsStoredBeforeJurisdictionsStillResolve() {
		// Department:省财政厅 was the id of 吉林省's finance department before two places
		// could share a printed name
		Map<String, Object> finance = graphql.data("""
				{ node(id: "Department:省财政厅") { id ... on Department { name fullName jurisdiction { name } } } }
				""", "$.data.node");
		assertThat(finance).containsEntry("id", "Department:吉林省财政厅")
			.containsEntry("name", "省财政厅")
			.containsEntry("fullName", "吉林省财政厅")
			.containsEntry("jurisdiction", Map.of("name", "吉林省"));
		List<String> mapIds = graphql.data("""
				{ responsibilityMap(id: "Department:省财政厅") { nodes { id } } }
				""", "$.data.responsibilityMap.nodes[*].id");
		assertThat(mapIds).contains("Department:吉林省财政厅").doesNotContain("Department:省财政厅");
		assertThat(graphql.<Object>data("{ node(id: \"Department:河南省财政厅\") { id } }", "$.data.node")).isNull();
	}

	@Test
	void aDeepQueryOverAllItemsCostsAFewQueriesWhateverTheRowCount() {
		String deep = """
				{ serviceItems(first: %d) { edges { node { name domain { name itemCount } funding { pattern shares { payer role } }
				  source { document { number issue { number } } }
				  leadDepartments { name tasks { title document { number } } appointments { post } } } } } }
				""";
		Response all = graphql.post(deep.formatted(100));
		Response few = graphql.post(deep.formatted(3));
		assertThat(all.hasErrors()).as(all.body()).isFalse();
		int queriesForAll = all.read("$.extensions.cypherQueries");
		int queriesForFew = few.read("$.extensions.cypherQueries");
		assertThat(queriesForAll).isEqualTo(queriesForFew).isLessThanOrEqualTo(12);
	}

	@Test
	void pointLookupsWithTheirNeighboursCostOneQuery() {
		for (String query : List.of(
				"""
						{ serviceItem(no: 53) { name domain { name } funding { pattern shares { payer role } } leadDepartments { name } } }
						""",
				"""
						{ serviceItem(no: 53) { leadDepartments { name } } }
						""", """
						{ document(number: "吉政办发[2017]52号") { title annexes { no title } cites { number } } }
						""", """
						{ document(number: "吉政办发[2017]52号") { cites { number } } }
						""", """
						{ person(name: "杜延华") { appointments { post organization { name } decision { number } } } }
						""")) {
			Response response = graphql.post(query);
			assertThat(response.hasErrors()).as(response.body()).isFalse();
			assertThat(response.<Integer>read("$.extensions.cypherQueries")).as(query).isEqualTo(1);
		}
		Response item = graphql.post("""
				{ serviceItem(no: 53) { domain { name } funding { shares { payer role } } leadDepartments { name } } }
				""");
		assertThat(item.<String>read("$.data.serviceItem.domain.name")).isEqualTo("基本社会服务");
		assertThat(item.<List<String>>read("$.data.serviceItem.leadDepartments[*].name")).containsExactly("省司法厅",
				"省财政厅");
		Response document = graphql.post("""
				{ document(number: "吉政办发[2017]52号") { annexes { no } cites { number } } }
				""");
		assertThat(document.<List<Integer>>read("$.data.document.annexes[*].no")).isNotEmpty().isSorted();
		assertThat(document.<List<String>>read("$.data.document.cites[*].number")).contains("国发〔2017〕9号");
	}

	private static List<Object> names(Object departments) {
		return com.jayway.jsonpath.JsonPath.read(departments, "$[*].name");
	}

	private static Set<Object> concat(Object name, List<String> aliases) {
		Set<Object> all = new java.util.HashSet<>(aliases);
		all.add(name);
		return all;
	}

}
