package org.policygraph.jurisdiction;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.ingest.GazetteIngester;
import org.policygraph.ingest.record.Gazette;
import org.policygraph.ingest.record.OrganizationRecord;
import org.policygraph.support.App;
import org.policygraph.support.GraphQlHttp;
import org.policygraph.support.GraphQlHttp.Response;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seeded Jilin gazette with a 河南省 provincial notice and a 四平市 plan ingested beside it
 * (written for the tests): each jurisdiction has its own departments, a name two of them
 * print is refused without a jurisdiction, and 吉林省's finance department leads what it led
 * before. A store of its own, since its 省财政厅 is ambiguous on purpose.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlacesBesideTheGazetteIT {

	@TempDir
	static Path store;

	private App app;

	private GraphQlHttp graphql;

	private List<OrganizationRecord> reported;

	@BeforeAll
	void ingestBesideTheSeed() {
		app = App.embedded(store, Map.of());
		graphql = app.graphql();
		GazetteIngester ingester = app.bean(GazetteIngester.class);
		Gazette henan = ingester.parse("henan-gazette-2017-24.txt",
				DocumentsOfOtherPlacesTests.fixture("henan-gazette-2017-24.txt"));
		Gazette siping = ingester.parse("siping-gazette-2017-12.txt",
				DocumentsOfOtherPlacesTests.fixture("siping-gazette-2017-12.txt"));
		ingester.write(henan, Map.of());
		ingester.write(siping, Map.of());
		reported = List.of(henan, siping).stream().flatMap(g -> g.unverified().stream()).toList();
	}

	@AfterAll
	void stop() {
		app.close();
	}

	@Test
	void noDepartmentLeadsAnItemOfAnotherJurisdiction() {
		for (String number : List.of("吉政办发〔2017〕52号", "豫政办〔2017〕120号", "四政办发〔2017〕30号")) {
			Map<String, Object> document = graphql.data(
					"""
							query($n: String!) { document(number: $n) { jurisdiction { code }
							  serviceItems(first: 100) { edges { node { leadDepartments { fullName jurisdiction { code } } } } } } }
							""",
					Map.of("n", number), "$.data.document");
			String code = ((Map<?, ?>) document.get("jurisdiction")).get("code").toString();
			List<String> leadPlaces = JsonPath.read(document,
					"$.serviceItems.edges[*].node.leadDepartments[*].jurisdiction.code");
			assertThat(leadPlaces).as(number).isNotEmpty().containsOnly(code);
		}
	}

	@Test
	void jilinsFinanceDepartmentStillLeads43Items() {
		Map<String, Object> finance = graphql.data("""
				{ department(name: "省财政厅", jurisdiction: "吉林") { id fullName verified leads { totalCount } } }
				""", "$.data.department");
		assertThat(finance).containsEntry("id", "Department:吉林省财政厅")
			.containsEntry("fullName", "吉林省财政厅")
			.containsEntry("verified", true)
			.containsEntry("leads", Map.of("totalCount", 43));
		Map<String, Object> henans = graphql.data("""
				{ department(name: "省财政厅", jurisdiction: "410000") { id name englishName leads { totalCount } } }
				""", "$.data.department");
		assertThat(henans).containsEntry("id", "Department:河南省财政厅")
			.containsEntry("name", "省财政厅")
			.containsEntry("englishName", "Department of Finance of Henan")
			.containsEntry("leads", Map.of("totalCount", 2));
	}

	@Test
	void aNameTwoJurisdictionsPrintIsRefusedWithItsCandidates() {
		Response department = graphql.post("{ department(name: \"省财政厅\") { id } }");
		assertThat((String) department.read("$.errors[0].extensions.classification")).isEqualTo("BAD_REQUEST");
		assertThat((String) department.read("$.errors[0].message")).contains("吉林省财政厅 (吉林省)").contains("河南省财政厅 (河南省)");
		Response items = graphql.post("{ serviceItems(where: { leadDepartment: \"省财政厅\" }) { totalCount } }");
		assertThat((String) items.read("$.errors[0].extensions.classification")).isEqualTo("BAD_REQUEST");
		assertThat((String) items.read("$.errors[0].message")).contains("吉林省财政厅 (吉林省)").contains("河南省财政厅 (河南省)");
		// a full name is one department wherever it is asked for
		assertThat(graphql.<Integer>data("{ serviceItems(where: { leadDepartment: \"河南省财政厅\" }) { totalCount } }",
				"$.data.serviceItems.totalCount"))
			.isEqualTo(2);
	}

	@Test
	void theUnknownUnitsAreUnverifiedReportedAndQueryable() {
		assertThat(reported).extracting(OrganizationRecord::fullName).containsExactly("河南省大数据管理局", "四平市大数据中心");
		Map<String, Object> unknown = graphql.data("""
				{ department(name: "省大数据管理局") { id fullName verified jurisdiction { name } leads { totalCount } } }
				""", "$.data.department");
		assertThat(unknown).containsEntry("id", "Department:河南省大数据管理局")
			.containsEntry("verified", false)
			.containsEntry("jurisdiction", Map.of("name", "河南省"))
			.containsEntry("leads", Map.of("totalCount", 1));
		List<String> siping = graphql.data("{ jurisdiction(name: \"四平\") { departments { fullName verified } } }",
				"$.data.jurisdiction.departments[?(@.verified == false)].fullName");
		assertThat(siping).containsExactly("四平市大数据中心");
	}

	@Test
	void documentsBelongToTheirJurisdictions() {
		Map<String, Object> siping = graphql.data("""
				{ jurisdiction(name: "四平") { name parent { name } documents { totalCount edges { node { number } } } } }
				""", "$.data.jurisdiction");
		assertThat(siping).containsEntry("name", "四平市").containsEntry("parent", Map.of("name", "吉林省"));
		assertThat(JsonPath.<List<String>>read(siping, "$.documents.edges[*].node.number"))
			.containsExactly("四政办发〔2017〕30号");
		Map<String, Object> cited = graphql.data("""
				{ document(number: "国发〔2017〕9号") { citedOnly issuer jurisdiction { level } } }
				""", "$.data.document");
		assertThat(cited).containsEntry("citedOnly", true)
			.containsEntry("issuer", "国务院")
			.containsEntry("jurisdiction", Map.of("level", "NATIONAL"));
		assertThat(graphql.<String>data("{ document(number: \"豫政办〔2017〕120号\") { jurisdiction { name } } }",
				"$.data.document.jurisdiction.name"))
			.isEqualTo("河南省");
	}

}
