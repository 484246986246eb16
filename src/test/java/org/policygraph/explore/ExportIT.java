package org.policygraph.explore;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.policygraph.support.GazetteText;
import org.policygraph.support.SeededGraphIT;
import org.w3c.dom.Document;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The downloads against the seeded graph: nothing lost, nothing invented, and files the
 * tools can read.
 */
class ExportIT extends SeededGraphIT {

	/**
	 * Every label of a fact: each has a uniqueness constraint on id
	 * (V0001__constraints.cypher, V0008__generic_parties.cypher).
	 */
	static final List<String> FACT_LABELS = List.of("Issue", "Document", "Annex", "Domain", "ServiceItem", "Department",
			"Company", "Payer", "Task", "Person", "Appointment", "Indicator", "PhasedTarget", "Jurisdiction",
			"GenericParty");

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void theWholeGraphHasEveryFactAndEveryRelationshipBetweenThem() {
		Response json = get("/export/graph.json");
		assertThat(json.contentType()).startsWith("application/json");
		assertThat(json.disposition()).contains("attachment").contains("policy-graph.json");

		long nodes = count("MATCH (n) WHERE any(l IN labels(n) WHERE l IN $facts) RETURN count(n) AS c");
		long relationships = count("""
				MATCH (a)-[r]->(b)
				WHERE any(l IN labels(a) WHERE l IN $facts) AND any(l IN labels(b) WHERE l IN $facts)
				RETURN count(r) AS c""");
		assertThat(JsonPath.<List<Object>>read(json.body(), "$.nodes")).hasSize((int) nodes);
		assertThat(JsonPath.<List<Object>>read(json.body(), "$.edges")).hasSize((int) relationships);
		assertThat(count("""
				MATCH (n) WHERE NOT any(l IN labels(n) WHERE l IN $facts)
				  AND NOT (n:SeedState OR n:__Migration OR n:DepartmentName)
				RETURN count(n) AS c""")).as("nodes that are neither facts nor bookkeeping nor lookup keys").isZero();
		assertThat(JsonPath.<List<String>>read(json.body(), "$.nodes[?(@.id == 'Department:吉林省财政厅')].englishLabel"))
			.containsExactly("Department of Finance of Jilin Province");
		assertThat(JsonPath.<List<String>>read(json.body(), "$.edges[*].type")).contains("LEADS", "FUNDED_BY",
				"RESPONSIBLE_FOR", "CITES", "HAS_APPOINTMENT");

		Document graphml = parse(get("/export/graph.graphml"));
		assertThat(GraphFormatsTests.elements(graphml, "node")).hasSize((int) nodes);
		assertThat(GraphFormatsTests.elements(graphml, "edge")).hasSize((int) relationships);
		Document gexf = parse(get("/export/graph.gexf"));
		assertThat(GraphFormatsTests.elements(gexf, "node")).hasSize((int) nodes);
		assertThat(GraphFormatsTests.elements(gexf, "edge")).hasSize((int) relationships);
	}

	@Test
	void aMapDownloadsExactlyAsTheApiDrawsIt() {
		List<String> api = graphql.data("""
				{ responsibilityMap(id: "Department:省财政厅", depth: 2) { nodes { id } } }
				""", "$.data.responsibilityMap.nodes[*].id");
		Response json = get("/export/map/json?id=" + encode("省财政厅") + "&depth=2");
		assertThat(JsonPath.<List<String>>read(json.body(), "$.nodes[*].id")).containsExactlyElementsOf(api);

		Response gexf = get("/export/map/gexf?id=" + encode("Department:省财政厅") + "&depth=2");
		assertThat(gexf.contentType()).startsWith("application/gexf+xml");
		assertThat(GraphFormatsTests.elements(parse(gexf), "node")).hasSize(api.size());
		assertThat(
				GraphFormatsTests.elements(parse(get("/export/map/graphml?id=" + encode("省财政厅") + "&depth=2")), "node"))
			.hasSize(api.size());
	}

	@Test
	void badMapRequestsSayWhatToFix() {
		Response unknown = get("/export/map/json?id=" + encode("财政局"));
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.body()).contains("no entity named \\\"财政局\\\"").contains("did you mean");
		Response deep = get("/export/map/json?id=" + encode("省财政厅") + "&depth=9");
		assertThat(deep.status()).isEqualTo(400);
		assertThat(deep.body()).contains("\\\"depth\\\" must be between 1 and 3");
		Response format = get("/export/map/xlsx?id=" + encode("省财政厅"));
		assertThat(format.status()).isEqualTo(400);
		assertThat(format.body()).contains("use json, graphml or gexf");
	}

	@Test
	void theServiceListIsOneCsvRowPerItemForExcel() {
		Response csv = get("/export/service-items.csv");
		assertThat(csv.contentType()).isEqualTo("text/csv;charset=UTF-8");
		assertThat(csv.body()).startsWith("\uFEFF");
		List<String> lines = Arrays.asList(csv.body().split("\r\n"));
		assertThat(lines).hasSize(1 + 85);
		assertThat(lines.get(1)).startsWith("1,免费义务教育,基本公共教育,省财政厅、省教育厅,");

		Map<Integer, String> namesByNo = new HashMap<>();
		for (String line : lines.subList(1, lines.size())) {
			String[] cells = line.split(",");
			namesByNo.put(Integer.valueOf(cells[0]), cells[1]);
		}
		for (GazetteText.ServiceRow row : GazetteText.serviceRows()) {
			assertThat(namesByNo.get(row.no())).as("item %d", row.no()).isEqualTo(row.name());
		}
		assertThat(namesByNo.keySet()).hasSize(85);
	}

	@Test
	void thePagesAndTheirAssetsAreServedByTheApplication() {
		for (String path : List.of("/graphiql", "/map", "/webjars/graphiql/graphiql.min.js",
				"/webjars/react/umd/react.production.min.js", "/webjars/react-dom/umd/react-dom.production.min.js",
				"/webjars/cytoscape/dist/cytoscape.min.js", "/explore/map.js", "/explore/graphiql.js")) {
			assertThat(get(path).status()).as(path).isEqualTo(200);
		}
		assertThat(get("/graphiql").body()).doesNotContain("https://", "http://");
		assertThat(get("/map").body()).doesNotContain("https://", "http://");
		assertThat(JsonPath.<List<String>>read(get("/catalog.json").body(), "$[*].file"))
			.contains("01-item-leads.graphql", "13-finance-department-map.graphql");
	}

	record Response(int status, String body, byte[] bytes, String contentType, String disposition) {
	}

	private Response get(String path) {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build();
		try {
			HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
			return new Response(response.statusCode(), new String(response.body(), StandardCharsets.UTF_8),
					response.body(), response.headers().firstValue("Content-Type").orElse(""),
					response.headers().firstValue("Content-Disposition").orElse(""));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static Document parse(Response response) {
		assertThat(response.status()).isEqualTo(200);
		try {
			return GraphFormatsTests.parse(response.bytes());
		}
		catch (Exception ex) {
			throw new AssertionError("not well-formed XML: " + ex.getMessage(), ex);
		}
	}

	private long count(String cypher) {
		try (var session = driver.session()) {
			return session.executeRead(tx -> tx.run(cypher, Map.of("facts", FACT_LABELS)).single().get("c").asLong());
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
