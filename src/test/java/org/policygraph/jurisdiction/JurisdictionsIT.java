package org.policygraph.jurisdiction;

import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.policygraph.neo4j.Neo4jReads;
import org.springframework.beans.factory.annotation.Autowired;
import org.policygraph.support.GraphQlHttp.Response;
import org.policygraph.support.SeededGraphIT;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The divisions of GB/T 2260 in the graph, as the API answers for them, checked against
 * the generated table they were seeded from.
 */
class JurisdictionsIT extends SeededGraphIT {

	private static final JurisdictionTable TABLE = JurisdictionTable.loadDefault();

	@Test
	void siPingIsThePrefectureUnderJilin() {
		Map<String, Object> siping = graphql.data(
				"""
						{ jurisdiction(name: "四平") { id code name shortNames level parent { name code level parent { name } } } }
						""",
				"$.data.jurisdiction");
		assertThat(siping).containsEntry("id", "Jurisdiction:220300")
			.containsEntry("code", "220300")
			.containsEntry("name", "四平市")
			.containsEntry("shortNames", List.of("四平"))
			.containsEntry("level", "PREFECTURE")
			.containsEntry("parent",
					Map.of("name", "吉林省", "code", "220000", "level", "PROVINCE", "parent", Map.of("name", "中华人民共和国")));
	}

	@Test
	void jilinIsFoundByNameShortNameAbbreviationAndCode() {
		for (String name : List.of("吉林省", "吉林", "吉", "220000")) {
			assertThat(graphql.<String>data("query($n: String!) { jurisdiction(name: $n) { code } }", Map.of("n", name),
					"$.data.jurisdiction.code"))
				.as(name)
				.isEqualTo("220000");
		}
		assertThat(graphql.<String>data("{ jurisdiction(name: \"吉林市\") { code } }", "$.data.jurisdiction.code"))
			.isEqualTo("220200");
	}

	@Test
	void everyProvinceAndPrefectureIsInTheGraphWithItsParent() {
		List<Map<String, Object>> provinces = graphql
			.data("{ jurisdictions(level: PROVINCE) { code parent { code } } }", "$.data.jurisdictions");
		assertThat(provinces).hasSize(34)
			.allSatisfy(p -> assertThat(p.get("parent")).isEqualTo(Map.of("code", Jurisdiction.NATIONAL_CODE)));
		List<Map<String, Object>> prefectures = graphql
			.data("{ jurisdictions(level: PREFECTURE) { code parent { code } } }", "$.data.jurisdictions");
		List<Map<String, Object>> expected = TABLE.all()
			.stream()
			.filter(j -> j.level() == JurisdictionLevel.PREFECTURE)
			.map(j -> Map.<String, Object>of("code", j.code(), "parent", Map.of("code", j.parentCode())))
			.toList();
		assertThat(prefectures).hasSize(333).containsExactlyInAnyOrderElementsOf(expected);
	}

	@Test
	void jilinsChildrenAreItsNinePrefectures() {
		List<String> viaParent = graphql.data("{ jurisdictions(parent: \"吉林\") { name } }",
				"$.data.jurisdictions[*].name");
		List<String> viaChildren = graphql.data("{ jurisdiction(name: \"220000\") { children { name } } }",
				"$.data.jurisdiction.children[*].name");
		assertThat(viaParent).isEqualTo(viaChildren)
			.containsExactly("长春市", "吉林市", "四平市", "辽源市", "通化市", "白山市", "松原市", "白城市", "延边朝鲜族自治州");
	}

	@Autowired
	Neo4jReads reads;

	@Test
	void everyProvinceWithItsDocumentsDepartmentsAndParentCostsAFewQueries() {
		long before = reads.totalQueries();
		List<Map<String, Object>> provinces = graphql.data(
				"""
						{ jurisdictions(level: PROVINCE) { code documents(first: 5) { totalCount } departments { name } parent { name } } }
						""",
				"$.data.jurisdictions");
		// one query per level of the selection, not one per province
		assertThat(reads.totalQueries() - before).isLessThanOrEqualTo(4);
		assertThat(provinces).hasSize(34);
		Map<String, Object> jilin = provinces.stream()
			.filter(p -> p.get("code").equals("220000"))
			.findFirst()
			.orElseThrow();
		assertThat(JsonPath.<Integer>read(jilin, "$.documents.totalCount")).isPositive();
		assertThat(JsonPath.<List<String>>read(jilin, "$.departments[*].name")).contains("省财政厅", "省教育厅");
	}

	@Test
	void aJurisdictionResolvesThroughNodeId() {
		assertThat(graphql.<String>data("{ node(id: \"Jurisdiction:222400\") { ... on Jurisdiction { name } } }",
				"$.data.node.name"))
			.isEqualTo("延边朝鲜族自治州");
	}

	@Test
	void aNameOfTwoDivisionsIsRefusedWithBoth() {
		Response response = graphql.post("{ jurisdiction(name: \"朝阳区\") { code } }");
		assertThat((String) response.read("$.errors[0].extensions.classification")).isEqualTo("BAD_REQUEST");
		assertThat((String) response.read("$.errors[0].message")).contains("北京市朝阳区 (110105)")
			.contains("长春市朝阳区 (220104)");
	}

	@Test
	void anUnknownNameIsNotFoundWithSuggestions() {
		Response response = graphql.post("{ jurisdiction(name: \"四平省\") { code } }");
		assertThat((String) response.read("$.errors[0].extensions.classification")).isEqualTo("NOT_FOUND");
		assertThat((String) response.read("$.errors[0].message")).contains("四平");
	}

}
