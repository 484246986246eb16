package org.policygraph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
import org.policygraph.ingest.write.SingleDocumentWriter;
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

	/**
	 * A single document's tasks go the way a gazette's do: each unit with its role,
	 * generic parties as parties of the document's jurisdiction.
	 */
	@Test
	void aCitysPlanAnswersWithItsTasksRolesAndGenericPartiesInTheCitysJurisdiction() {
		ingest("tonghua-elderly-care-plan.txt");
		GraphQlHttp.Response r = graphql.post("""
				{ document(number: "通市政办发〔2018〕12号") { jurisdiction { name }
				  tasks { title units { name jurisdiction { name } }
				          assignments { role unit { __typename name } } } } }
				""", Map.of());
		assertThat(r.hasErrors()).as(r.body()).isFalse();
		assertThat((String) r.read("$.data.document.jurisdiction.name")).isEqualTo("通化市");
		// （市民政局牵头，市财政局和其他有关部门按职责分工负责）
		String station = "$.data.document.tasks[?(@.title == '建设农村养老服务站')]";
		assertThat(r.<List<String>>read(station + ".assignments[*].unit.name")).containsExactly("市民政局", "市财政局",
				"其他有关部门");
		assertThat(r.<List<String>>read(station + ".assignments[*].role")).containsExactly("LEAD", "RESPONSIBLE",
				"RESPONSIBLE");
		assertThat(r.<List<String>>read(station + ".assignments[*].unit.__typename")).containsExactly("Department",
				"Department", "GenericParty");
		assertThat(r.<List<String>>read(station + ".units[*].jurisdiction.name")).containsExactly("通化市", "通化市");
		// 1 建立养老服务统计制度 市统计局、市民政局 各县（市、区）政府
		String table = "$.data.document.tasks[?(@.title == '建立养老服务统计制度')]";
		assertThat(r.<List<String>>read(table + ".assignments[*].unit.name")).containsExactly("市统计局", "市民政局",
				"各县（市、区）政府");
		assertThat(r.<List<String>>read(table + ".assignments[*].role")).containsExactly("LEAD", "LEAD", "RESPONSIBLE");
		try (var session = app.driver().session()) {
			List<String> parties = session
				.run("""
						MATCH (g:GenericParty)-[:ASSIGNED_TO]->(:Task)-[:IN_DOCUMENT]->(:Document {number: '通市政办发〔2018〕12号'})
						MATCH (j:Jurisdiction {code: g.jurisdictionCode})
						RETURN g.name + '@' + j.name AS party ORDER BY party
						""")
				.list(row -> row.get("party").asString());
			assertThat(parties).containsExactly("其他有关部门@通化市", "县级政府@通化市", "各县（市、区）政府@通化市");
		}
	}

	/**
	 * A city's list in the six columns of the gazette's Annex 1 answers as the gazette's
	 * list does: domains, items, funding and leads, the leads 辽源市's bodies.
	 */
	@Test
	void aCitysServiceListAnswersWithItsItemsFundingAndLeadsInTheCity() {
		ingest("liaoyuan-basic-public-services-list.txt");
		GraphQlHttp.Response r = graphql.post("""
				{ document(number: "辽府办发〔2018〕8号") { jurisdiction { name }
				  serviceItems { totalCount edges { node { no name targetGroup standard domain { name }
				    funding { text pattern } leadDepartments { name jurisdiction { name } }
				    source { file lines text } } } } } }
				""", Map.of());
		assertThat(r.hasErrors()).as(r.body()).isFalse();
		assertThat((String) r.read("$.data.document.jurisdiction.name")).isEqualTo("辽源市");
		assertThat((Integer) r.read("$.data.document.serviceItems.totalCount")).isEqualTo(3);
		String items = "$.data.document.serviceItems.edges[*].node";
		assertThat(r.<List<String>>read(items + ".name")).containsExactly("免费义务教育", "普惠性学前教育资助", "基本公共就业服务");
		assertThat(r.<List<String>>read(items + ".domain.name")).containsExactly("基本公共教育", "基本公共教育", "基本劳动就业创业");
		String preschool = "$.data.document.serviceItems.edges[1].node";
		assertThat((String) r.read(preschool + ".standard")).isEqualTo("城市每生每年2000元，农村每生每年1000元。");
		assertThat((String) r.read(preschool + ".funding.text")).isEqualTo("省及市县财政负责，中央财政适当补助。");
		assertThat((String) r.read(preschool + ".funding.pattern")).contains("CENTRAL:", "PROVINCE:");
		assertThat(r.<List<String>>read(preschool + ".leadDepartments[*].name")).containsExactly("市财政局", "市教育局");
		assertThat(r.<List<String>>read(preschool + ".leadDepartments[*].jurisdiction.name")).containsExactly("辽源市",
				"辽源市");
		assertThat((String) r.read(preschool + ".source.file")).isEqualTo("liaoyuan-basic-public-services-list.txt");
		assertThat((String) r.read(preschool + ".source.text")).startsWith("2\t普惠性学前教育资助");
		// re-ingesting replaces the list: the same graph
		GraphFingerprint once = GraphFingerprint.of(app.driver());
		ingest("liaoyuan-basic-public-services-list.txt");
		assertThat(GraphFingerprint.of(app.driver())).isEqualTo(once);
	}

	/**
	 * 吉林 is the province and the city's short name: the filter means one division, as
	 * {@code jurisdiction(name:)} does, and a name two divisions of one level share is
	 * refused with both.
	 */
	@Test
	void theJurisdictionFilterSelectsExactlyOneDivision() {
		String cityNotice = """
				吉林市人民政府办公室文件

				吉市政办发〔2018〕5号

				吉林市人民政府办公室关于做好养老服务工作的通知

				各县（市、区）人民政府，市政府各委办局：

				　　现就做好养老服务工作通知如下。

				　　　　　　　　　　　　　　　　　　　　吉林市人民政府办公室
				　　　　　　　　　　　　　　　　　　　　2018年7月2日
				""";
		ingester.ingestFile("jilin-city-notice.txt", cityNotice.getBytes(StandardCharsets.UTF_8));
		String query = "query($j: String) { documents(where: {jurisdiction: $j}, first: 100) { totalCount "
				+ "edges { node { number jurisdiction { name code } } } } }";
		GraphQlHttp.Response province = graphql.post(query, Map.of("j", "吉林"));
		assertThat(province.hasErrors()).as(province.body()).isFalse();
		assertThat(province.<List<String>>read("$.data.documents.edges[*].node.number")).contains("吉政办发〔2017〕52号")
			.doesNotContain("吉市政办发〔2018〕5号");
		assertThat(province.<List<String>>read("$.data.documents.edges[*].node.jurisdiction.name")).containsOnly("吉林省");
		assertThat(graphql.post(query, Map.of("j", "吉林省")).body()).isEqualTo(province.body());
		assertThat(graphql.post(query, Map.of("j", "220000")).body()).isEqualTo(province.body());
		// the divisions below are not included: 四平市's documents are not the province's
		assertThat(province.<List<String>>read("$.data.documents.edges[*].node.number"))
			.doesNotContain("四政办发〔2017〕110号");
		for (String city : List.of("吉林市", "220200")) {
			GraphQlHttp.Response r = graphql.post(query, Map.of("j", city));
			assertThat(r.<List<String>>read("$.data.documents.edges[*].node.number")).as(city)
				.containsExactly("吉市政办发〔2018〕5号");
		}
		GraphQlHttp.Response ambiguous = graphql.post(query, Map.of("j", "朝阳区"));
		assertThat(ambiguous.status()).isEqualTo(200);
		assertThat((String) ambiguous.read("$.errors[0].extensions.classification")).isEqualTo("BAD_REQUEST");
		assertThat((String) ambiguous.read("$.errors[0].message")).contains("北京市朝阳区 (110105)", "长春市朝阳区 (220104)");
		GraphQlHttp.Response unknown = graphql.post(query, Map.of("j", "吉木"));
		assertThat((String) unknown.read("$.errors[0].extensions.classification")).isEqualTo("NOT_FOUND");
	}

	/**
	 * A city's plan that cites the province's plan of the seeded issue by its title
	 * alone.
	 */
	private static final String CITES_52_BY_TITLE = """
			辽源市人民政府办公室文件

			辽府办发〔2018〕9号

			辽源市人民政府办公室关于印发辽源市基本公共服务均等化工作方案的通知

			各县（区）人民政府，市政府各委办局：

			　　为贯彻落实《吉林省推进基本公共服务均等化“十三五”规划》，结合我市实际，制定本方案。

			　　　　　　　　　　　　　　　　　　　　辽源市人民政府办公室
			　　　　　　　　　　　　　　　　　　　　2018年3月1日
			""";

	/**
	 * 52号 of the seeded issue issues the plan the city cites by title alone: the city's
	 * document cites and implements it, whether the issue was in the graph first or
	 * arrives after the document (then the title's stand-in becomes 52号).
	 */
	@Test
	void aGazetteDocumentCitedByTitleAloneIsLinkedInEitherOrder(@TempDir Path bare) throws IOException {
		ingester.ingestFile("liaoyuan-equalisation-plan.txt", CITES_52_BY_TITLE.getBytes(StandardCharsets.UTF_8));
		GraphQlHttp.Response r = document("辽府办发〔2018〕9号");
		assertThat(r.<List<String>>read("$.data.document.cites[*].number")).containsExactly("吉政办发〔2017〕52号");
		assertThat(r.<List<String>>read("$.data.document.implements[*].number")).containsExactly("吉政办发〔2017〕52号");
		byte[] issue = Files.readAllBytes(Path.of("graph-seed/jilin-gazette-2017-22.txt"));
		try (EmbeddedNeo4j db = EmbeddedNeo4j
			.start(new EmbeddedNeo4jProperties(bare, 0, 64L * 1024 * 1024, Duration.ofSeconds(60)));
				Driver driver = GraphDatabase.driver(db.boltUri(), AuthTokens.none(),
						Config.builder().withoutEncryption().build());
				var session = driver.session()) {
			new SchemaMigrations(driver).apply();
			GazetteIngester later = new GazetteIngester(
					OrganizationDirectory.withDefaults(DepartmentRegistry.loadDefault()), driver, false);
			later.ingestFile("liaoyuan-equalisation-plan.txt", CITES_52_BY_TITLE.getBytes(StandardCharsets.UTF_8));
			String cited = """
					MATCH (:Document {number: '辽府办发〔2018〕9号'})-[:%s]->(d:Document)
					RETURN coalesce(d.number, d.key) + ' ' + d.citedOnly AS cited
					""";
			assertThat(session.run(cited.formatted("CITES")).list(row -> row.get("cited").asString()))
				.containsExactly("吉林省推进基本公共服务均等化“十三五”规划 true");
			later.ingestFile("jilin-gazette-2017-22.txt", issue);
			for (String link : List.of("CITES", "IMPLEMENTS")) {
				assertThat(session.run(cited.formatted(link)).list(row -> row.get("cited").asString())).as(link)
					.containsExactly("吉政办发〔2017〕52号 false");
			}
			assertThat(session.run("""
					MATCH (d:Document {key: '吉林省推进基本公共服务均等化“十三五”规划'}) RETURN count(d) AS c
					""").single().get("c").asLong()).as("the stand-in is gone").isZero();
		}
	}

	/**
	 * Two notices of the province share a title; a city's notice citing that title alone
	 * is reported, and cites the title, not one of them.
	 */
	@Test
	void aTitleTwoDocumentsInScopeAnswerToIsReportedNotGuessed() {
		String notice = """
				吉林省人民政府办公厅文件

				吉政办函〔2018〕%d号

				吉林省人民政府办公厅关于加强养老机构消防安全工作的通知

				各市（州）人民政府：

				　　现就加强养老机构消防安全工作通知如下。

				　　　　　　　　　　　　　　　　　　　　吉林省人民政府办公厅
				　　　　　　　　　　　　　　　　　　　　2018年%d月8日
				""";
		ingester.ingestFile("fire-safety-1.txt", notice.formatted(1, 1).getBytes(StandardCharsets.UTF_8));
		ingester.ingestFile("fire-safety-2.txt", notice.formatted(2, 2).getBytes(StandardCharsets.UTF_8));
		String citer = """
				四平市人民政府办公室文件

				四政办函〔2018〕3号

				四平市人民政府办公室关于做好养老机构消防安全工作的通知

				各县（市、区）人民政府：

				　　根据《吉林省人民政府办公厅关于加强养老机构消防安全工作的通知》要求，现就有关工作通知如下。

				　　　　　　　　　　　　　　　　　　　　四平市人民政府办公室
				　　　　　　　　　　　　　　　　　　　　2018年3月8日
				""";
		SingleDocumentWriter.DocumentSummary summary = (SingleDocumentWriter.DocumentSummary) ingester
			.ingestFile("siping-fire-safety.txt", citer.getBytes(StandardCharsets.UTF_8));
		assertThat(summary.unresolved())
			.containsExactly("《吉林省人民政府办公厅关于加强养老机构消防安全工作的通知》 is the title of 2 documents in scope (吉政办函〔2018〕1号, "
					+ "吉政办函〔2018〕2号); the citation was kept on the title alone, not guessed");
		GraphQlHttp.Response r = document("四政办函〔2018〕3号");
		assertThat(r.<List<Boolean>>read("$.data.document.cites[*].citedOnly")).containsExactly(true);
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
