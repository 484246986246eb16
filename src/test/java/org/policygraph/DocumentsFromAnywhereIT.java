package org.policygraph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.policygraph.department.DepartmentRegistry;
import org.policygraph.department.OrganizationDirectory;
import org.policygraph.ingest.GazetteIngester;
import org.policygraph.ingest.IngestCommands;
import org.policygraph.ingest.parse.BadInputs;
import org.policygraph.ingest.source.GazetteFormatException;
import org.policygraph.ingest.source.TestPdfs;
import org.policygraph.neo4j.EmbeddedNeo4j;
import org.policygraph.neo4j.EmbeddedNeo4jProperties;
import org.policygraph.neo4j.SchemaMigrations;
import org.policygraph.support.App;
import org.policygraph.support.GraphFingerprint;
import org.policygraph.support.GraphQlHttp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Documents from anywhere, through the ingester and the API: each form (plain text, the
 * real disclosure page, HTML, PDF, traditional script) answers with what its text says;
 * an implementation chain is one graph whatever order its documents arrive in; bad input
 * is refused and changes nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentsFromAnywhereIT {

	private static final String TOKEN = "documents-admin-token-41c2";

	private static final String DOCUMENT = """
			query($n: String!) { document(number: $n) {
			  number title kind issuer issuedOn addressees citedOnly indexNumber publishedOn topics validity
			  cites { number citedOnly } implements { number } implementedBy { number } citedBy { number }
			  tasks { title units { name } source { file lines page text } }
			  source { file lines page text } } }
			""";

	@TempDir
	static Path store;

	private App app;

	private GazetteIngester ingester;

	private GraphQlHttp graphql;

	@BeforeAll
	void start() {
		app = App.embedded(store, Map.of("policygraph.api.admin-token", TOKEN));
		ingester = app.bean(GazetteIngester.class);
		graphql = app.graphql();
	}

	@AfterAll
	void stop() {
		app.close();
	}

	@Test
	void theRealDisclosurePageOfSipingLinksToTheProvincialPlanOfTheSeed() {
		ingest("siping-sizhengbanfa-2017-110-disclosure-page.txt");
		GraphQlHttp.Response r = document("四政办发〔2017〕110号");
		assertThat((String) r.read("$.data.document.title"))
			.isEqualTo("四平市人民政府办公室关于印发四平市落实吉林省推进基本公共服务均等化“十三五”规划实施方案的通知");
		assertThat((String) r.read("$.data.document.issuer")).isEqualTo("四平市人民政府办公室");
		assertThat((String) r.read("$.data.document.issuedOn")).isEqualTo("2017-12-19");
		assertThat((String) r.read("$.data.document.publishedOn")).isEqualTo("2017-12-19");
		assertThat((String) r.read("$.data.document.indexNumber")).isEqualTo("112203000136266000/2017-13353");
		assertThat(r.<List<String>>read("$.data.document.topics")).containsExactly("社会福利", "社会保障", "通知");
		assertThat(r.<List<String>>read("$.data.document.implements[*].number")).containsExactly("吉政办发〔2017〕52号");
		// 52号 is printed in the seeded gazette: one node, not a cited-only copy
		assertThat(r.<List<Boolean>>read("$.data.document.cites[*].citedOnly")).containsExactly(false);
		assertThat((String) r.read("$.data.document.source.file"))
			.isEqualTo("siping-sizhengbanfa-2017-110-disclosure-page.txt");
		GraphQlHttp.Response plan = document("吉政办发[2017]52号");
		assertThat(plan.<List<String>>read("$.data.document.implementedBy[*].number")).contains("四政办发〔2017〕110号");
		assertThat(plan.<List<String>>read("$.data.document.citedBy[*].number")).contains("四政办发〔2017〕110号");
		assertThat(documentsNamed("四政办发〔2017〕110号")).isEqualTo(1);
		// jurisdiction, until jurisdictions are resolved: the place its issuer names
		assertThat(graphql.<List<String>>data(
				"{ documents(where: {jurisdiction: \"四平市\"}) { edges { node { number } } } }",
				"$.data.documents.edges[*].node.number"))
			.contains("四政办发〔2017〕110号");
	}

	@Test
	void aProvincialPlanAsTextAnswersWithItsTasksAndUnits() {
		ingest("jilin-elderly-care-plan.txt");
		GraphQlHttp.Response r = document("吉政办发〔2018〕30号");
		assertThat((String) r.read("$.data.document.title")).isEqualTo("吉林省人民政府办公厅关于印发吉林省养老服务体系建设实施方案的通知");
		assertThat((String) r.read("$.data.document.kind")).isEqualTo("NOTICE");
		assertThat((String) r.read("$.data.document.issuer")).isEqualTo("吉林省人民政府办公厅");
		assertThat((String) r.read("$.data.document.issuedOn")).isEqualTo("2018-03-20");
		assertThat(r.<List<String>>read("$.data.document.addressees")).containsExactly("各市（州）人民政府", "长白山管委会",
				"各县（市）人民政府", "省政府各厅委办", "各直属机构");
		assertThat(r.<List<String>>read("$.data.document.implements[*].number")).containsExactly("国办发〔2016〕91号");
		assertThat(r.<List<String>>read("$.data.document.tasks[*].title")).contains("完善养老服务设施", "加大资金投入", "建立养老服务评估制度");
		assertThat(r.<List<String>>read("$.data.document.tasks[?(@.title == '加大资金投入')].units[*].name"))
			.containsExactly("省发展改革委", "省财政厅");
		assertThat(r.<List<String>>read("$.data.document.tasks[?(@.title == '加强人才培养')].units[*].name"))
			.containsExactly("省民政厅", "省人力资源社会保障厅", "省教育厅");
		// every condition of documents(where:) must hold
		assertThat(graphql.<List<String>>data(
				"""
						{ documents(where: {issuer: "吉林省人民政府办公厅", kind: NOTICE, issuedFrom: "2018-01-01", issuedTo: "2018-12-31",
						                    text: "养老", cites: "国办发(2016)91号"}) { totalCount edges { node { number } } } }
						""",
				"$.data.documents.edges[*].node.number"))
			.containsExactly("吉政办发〔2018〕30号");
		assertThat(graphql.<Integer>data("""
				{ documents(where: {issuer: "吉林省人民政府办公厅", issuedTo: "2017-12-31"}) { totalCount } }
				""", "$.data.documents.totalCount")).isEqualTo(3);
		// a department's tasks now include the province's new plan
		assertThat(graphql.<List<String>>data("{ department(name: \"省民政厅\") { tasks { document { number } } } }",
				"$.data.department.tasks[*].document.number"))
			.contains("吉政办发〔2018〕30号");
	}

	@Test
	void aCitysPageAsHtmlAndAPdfAndATraditionalMirrorEachAnswerFromTheirText() {
		ingest("siping-elderly-care-plan.html");
		GraphQlHttp.Response html = document("四政办发〔2018〕15号");
		assertThat((String) html.read("$.data.document.issuer")).isEqualTo("四平市人民政府办公室");
		assertThat((String) html.read("$.data.document.issuedOn")).isEqualTo("2018-04-16");
		assertThat((String) html.read("$.data.document.publishedOn")).isEqualTo("2018-04-18");
		assertThat((String) html.read("$.data.document.validity")).isEqualTo("有效");
		assertThat(html.<List<String>>read("$.data.document.implements[*].number")).containsExactly("吉政办发〔2018〕30号");
		// a city's units resolve in its own jurisdiction: 市民政局 is 四平市's
		assertThat(html.<List<String>>read("$.data.document.tasks[*].title")).containsExactly("建设社区养老服务中心", "开展医养结合试点");
		assertThat(html.<List<String>>read("$.data.document.tasks[0].units[*].name")).containsExactly("市民政局", "市财政局",
				"市住房城乡建设局");

		byte[] pdf = TestPdfs.pdf(List.of(
				List.of("长春市人民政府办公厅文件", "长府办发﹝2018﹞ 21 号", "~长春市人民政府办公厅关于印发长春市", "~落实养老服务体系建设实施方案的通知",
						"各区人民政府，市政府各委办局：", "现将《长春市落实养老服务体系建设实施方案》印发给你们，请认真贯彻执行。"),
				List.of("长春市人民政府办公厅", "2018年6月1日", "长春市落实养老服务体系建设实施方案",
						"为贯彻落实《吉林省人民政府办公厅关于印发吉林省养老服务体系建设实施方案的通知》（吉政办发【2018】30号），制定本方案。")),
				null);
		ingester.ingestFile("changchun-elderly-care-plan.pdf", pdf);
		GraphQlHttp.Response fromPdf = document("长府办发〔2018〕21号");
		assertThat((String) fromPdf.read("$.data.document.title")).isEqualTo("长春市人民政府办公厅关于印发长春市落实养老服务体系建设实施方案的通知");
		assertThat((String) fromPdf.read("$.data.document.issuedOn")).isEqualTo("2018-06-01");
		assertThat((Integer) fromPdf.read("$.data.document.source.page")).isEqualTo(1);
		assertThat((String) fromPdf.read("$.data.document.source.file")).isEqualTo("changchun-elderly-care-plan.pdf");
		assertThat(fromPdf.<List<String>>read("$.data.document.implements[*].number")).containsExactly("吉政办发〔2018〕30号");

		ingest("baishan-elderly-care-plan-traditional.txt");
		GraphQlHttp.Response mirror = document("白府辦發〔2018〕9號");
		assertThat((String) mirror.read("$.data.document.number")).isEqualTo("白府办发〔2018〕9号");
		assertThat((String) mirror.read("$.data.document.issuer")).isEqualTo("白山市人民政府办公室");
		assertThat((String) mirror.read("$.data.document.source.text")).startsWith("白山市人民政府辦公室關於印發");
		assertThat(mirror.<List<String>>read("$.data.document.implements[*].number")).containsExactly("吉政办发〔2018〕30号");
	}

	@Test
	void everyKindOfBadInputIsRefusedAndTheGraphStaysAsItWas() {
		GraphFingerprint before = GraphFingerprint.of(app.driver());
		for (BadInputs.Case bad : BadInputs.all()) {
			assertThatThrownBy(() -> ingester.ingestFile(bad.file(), bad.content())).as(bad.name())
				.isInstanceOf(GazetteFormatException.class)
				.hasMessageStartingWith(bad.file() + ":" + bad.line() + ": ")
				.hasMessageContaining(bad.expected());
			HttpResponse<String> response = admin("/admin/ingest?name=" + bad.file(), bad.content());
			assertThat(response.statusCode()).as(bad.name() + ": " + response.body()).isEqualTo(400);
			assertThat(response.body()).as(bad.name())
				.contains(bad.file() + ":" + bad.line())
				.doesNotContain("Exception");
		}
		assertThat(GraphFingerprint.of(app.driver())).isEqualTo(before);
	}

	@Test
	void aDocumentCanBeIngestedThroughTheAdminEndpointAndAgainWithoutChange() {
		HttpResponse<String> first = admin("/admin/ingest?name=national-elderly-care-opinion.txt",
				bytes("national-elderly-care-opinion.txt"));
		assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
		assertThat(first.body()).contains("国办发〔2016〕91号").contains("\"unverified\"");
		GraphFingerprint once = GraphFingerprint.of(app.driver());
		HttpResponse<String> again = admin("/admin/ingest?name=national-elderly-care-opinion.txt",
				bytes("national-elderly-care-opinion.txt"));
		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(GraphFingerprint.of(app.driver())).isEqualTo(once);
	}

	@Test
	void theIngestCommandWritesTheGoodFilesOfABatchAndRefusesTheBadOne(@TempDir Path dir) throws IOException {
		Path good = Files.write(dir.resolve("jilin-elderly-care-plan.txt"), bytes("jilin-elderly-care-plan.txt"));
		Path page = Files.write(dir.resolve("siping-elderly-care-plan.html"), bytes("siping-elderly-care-plan.html"));
		BadInputs.Case png = BadInputs.all()
			.stream()
			.filter(c -> c.file().equals("scan.png"))
			.findFirst()
			.orElseThrow();
		Path bad = Files.write(dir.resolve(png.file()), png.content());
		Path batchStore = dir.resolve("store");
		int status = IngestCommands.ingest(PolicyGraphApplication.class, new String[] { good.toString(), bad.toString(),
				page.toString(), "--policygraph.embedded.store-path=" + batchStore });
		assertThat(status).as("a refused file makes the command fail").isEqualTo(1);
		try (EmbeddedNeo4j db = EmbeddedNeo4j
			.start(new EmbeddedNeo4jProperties(batchStore, 0, 64L * 1024 * 1024, Duration.ofSeconds(60)));
				Driver driver = GraphDatabase.driver(db.boltUri(), AuthTokens.none(),
						Config.builder().withoutEncryption().build());
				var session = driver.session()) {
			List<String> written = session.run("MATCH (d:Document {citedOnly: false}) RETURN d.number AS n ORDER BY n")
				.list(r -> r.get("n").asString());
			assertThat(written).containsExactly("吉政办发〔2018〕30号", "四政办发〔2018〕15号");
		}
	}

	/**
	 * The national opinion, the province's plan citing it, and two cities' plans citing
	 * the province's in different bracket forms (吉政办发[2018]30号, 吉政辦發﹝2018﹞30 號), in two
	 * orders: the same graph, one node each, cites and implements both ways.
	 */
	@Test
	void anImplementationChainIsTheSameGraphInAnyOrder(@TempDir Path first, @TempDir Path second) {
		// 通化 cites the province's notice by its title alone, without the number
		List<String> chain = List.of("national-elderly-care-opinion.txt", "jilin-elderly-care-plan.txt",
				"siping-elderly-care-plan.html", "baishan-elderly-care-plan-traditional.txt",
				"tonghua-elderly-care-plan.txt");
		GraphFingerprint forwards = ingestInOrder(first, chain, true);
		GraphFingerprint backwards = ingestInOrder(second, chain.reversed(), false);
		assertThat(backwards).isEqualTo(forwards);
		assertThat(forwards.nodes()).isGreaterThan(4);
	}

	@SuppressWarnings("unchecked")
	private GraphFingerprint ingestInOrder(Path storePath, List<String> files, boolean checkChain) {
		try (EmbeddedNeo4j db = EmbeddedNeo4j
			.start(new EmbeddedNeo4jProperties(storePath, 0, 64L * 1024 * 1024, Duration.ofSeconds(60)));
				Driver driver = GraphDatabase.driver(db.boltUri(), AuthTokens.none(),
						Config.builder().withoutEncryption().build())) {
			new SchemaMigrations(driver).apply();
			// lenient, as the ingest command and uploads are: 工商总局 (before the 2018
			// reform) is in no template and becomes an unverified unit
			GazetteIngester bare = new GazetteIngester(
					OrganizationDirectory.withDefaults(DepartmentRegistry.loadDefault()), driver, false);
			for (String file : files) {
				bare.ingestFile(file, bytes(file));
			}
			// re-ingesting one of them changes nothing
			GraphFingerprint fingerprint = GraphFingerprint.of(driver);
			bare.ingestFile(files.getFirst(), bytes(files.getFirst()));
			assertThat(GraphFingerprint.of(driver)).isEqualTo(fingerprint);
			try (var session = driver.session()) {
				Map<String, Object> chain = session.executeRead(tx -> tx.run("""
						MATCH (p:Document {number: '吉政办发〔2018〕30号'})
						RETURN count { MATCH (d:Document) WHERE d.number STARTS WITH '吉政办发〔2018〕30' } AS provincial,
						       count { MATCH (d:Document) WHERE d.number = '国办发〔2016〕91号' } AS national,
						       p.citedOnly AS citedOnly,
						       [(p)-[:IMPLEMENTS]->(n) | n.number] AS implements,
						       [(p)-[:CITES]->(n) | n.number] AS cites,
						       [(c)-[:IMPLEMENTS]->(p) | c.number] AS implementedBy,
						       [(c)-[:CITES]->(p) | c.number] AS citedBy
						""").single().asMap());
				assertThat(chain).containsEntry("provincial", 1L)
					.containsEntry("national", 1L)
					.containsEntry("citedOnly", false)
					.containsEntry("implements", List.of("国办发〔2016〕91号"))
					.containsEntry("cites", List.of("国办发〔2016〕91号"));
				assertThat((List<Object>) chain.get("implementedBy")).containsExactlyInAnyOrder("四政办发〔2018〕15号",
						"白府办发〔2018〕9号", "通市政办发〔2018〕12号");
				assertThat((List<Object>) chain.get("citedBy")).containsExactlyInAnyOrder("四政办发〔2018〕15号",
						"白府办发〔2018〕9号", "通市政办发〔2018〕12号");
				long notices = session.run("""
						MATCH (d:Document {title: '吉林省人民政府办公厅关于印发吉林省养老服务体系建设实施方案的通知'}) RETURN count(d) AS c
						""").single().get("c").asLong();
				assertThat(notices).as("one node for the notice cited by title and by number").isEqualTo(1);
			}
			return fingerprint;
		}
	}

	private void ingest(String name) {
		ingester.ingestFile(name, bytes(name));
	}

	private GraphQlHttp.Response document(String number) {
		GraphQlHttp.Response r = graphql.post(DOCUMENT, Map.of("n", number));
		assertThat(r.hasErrors()).as(r.body()).isFalse();
		return r;
	}

	private long documentsNamed(String number) {
		try (var session = app.driver().session()) {
			return session.run("MATCH (d:Document {number: $n}) RETURN count(d) AS c", Map.of("n", number))
				.single()
				.get("c")
				.asLong();
		}
	}

	private HttpResponse<String> admin(String path, byte[] body) {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
			.timeout(Duration.ofMinutes(2))
			.header("Authorization", "Bearer " + TOKEN)
			.header("Content-Type", "application/octet-stream")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build();
		try (HttpClient http = HttpClient.newHttpClient()) {
			return http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	static byte[] bytes(String name) {
		try (InputStream in = DocumentsFromAnywhereIT.class.getResourceAsStream("/documents/" + name)) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
