package org.policygraph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.department.DepartmentRegistry;
import org.policygraph.ingest.GazetteIngester;
import org.policygraph.ingest.record.Gazette;
import org.policygraph.ingest.source.GazetteFormatException;
import org.policygraph.support.App;
import org.policygraph.support.GraphFingerprint;

/**
 * A second issue ingests alongside the seeded one and shares its departments;
 * re-ingesting changes nothing, one by one or in a batch; a malformed file is refused
 * whole and leaves the graph as it was.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IngestIT {

	@TempDir
	static Path store;

	private App app;

	private GazetteIngester ingester;

	@BeforeAll
	void start() {
		app = App.embedded(store, Map.of());
		ingester = new GazetteIngester(DepartmentRegistry.loadDefault(), app.driver());
	}

	@AfterAll
	void stop() {
		app.close();
	}

	@Test
	@Order(1)
	void aSecondIssueIngestsAlongsideAndSharesDepartments() throws IOException {
		long[] before = app.counts();
		var summary = ingester.ingest("small-gazette.txt", small());
		assertThat(summary.serviceItems()).isEqualTo(3);
		long[] after = app.counts();
		assertThat(after[0]).isGreaterThan(before[0]);

		var graphql = app.graphql();
		assertThat(graphql.<Integer>data("{ issues { number } }", "$.data.issues.length()")).isEqualTo(2);
		assertThat(graphql.<Integer>data("{ serviceItems { totalCount } }", "$.data.serviceItems.totalCount"))
			.isEqualTo(88);
		// One 省财政厅 for both issues: it leads items of the 2017 list and of the 2018 pilot
		// list.
		List<String> ledDocuments = graphql.data("""
				{ department(name: "省财政厅") { leads(first: 100) { edges { node { source { document { number } } } } } } }
				""", "$.data.department.leads.edges[*].node.source.document.number");
		assertThat(ledDocuments).contains("吉政办发〔2017〕52号", "吉政办发〔2018〕8号");
		try (var session = app.driver().session()) {
			long finance = session.run("MATCH (d:Department {name: '省财政厅'}) RETURN count(d) AS c")
				.single()
				.get("c")
				.asLong();
			assertThat(finance).isEqualTo(1);
		}
		// The 2017 list stays the default for a bare item number; the 2018 one is
		// reachable by document.
		assertThat(graphql.<String>data("{ serviceItem(no: 1) { name } }", "$.data.serviceItem.name"))
			.isEqualTo("免费义务教育");
		assertThat(graphql.<String>data("{ serviceItem(no: 1, document: \"吉政办发[2018]8号\") { name } }",
				"$.data.serviceItem.name"))
			.isEqualTo("乡村学校营养餐");
		// Both issues cite the State Council's plan; it is one document.
		assertThat(graphql.<List<String>>data("{ document(number: \"国发〔2017〕9号\") { citedBy { number } } }",
				"$.data.document.citedBy[*].number"))
			.contains("吉政办发〔2017〕52号", "吉政办发〔2018〕8号");
	}

	@Test
	@Order(2)
	void reingestingTheSameFileChangesNothing() throws IOException {
		long[] before = app.counts();
		ingester.ingest("small-gazette.txt", small());
		ingester.ingest("small-gazette.txt", small());
		assertThat(app.counts()).containsExactly(before);
	}

	@Test
	@Order(3)
	void aBatchWithAnIssueInItTwiceLeavesTheGraphAsWritingThemOneByOneDid() throws IOException {
		GraphFingerprint before = GraphFingerprint.of(app.driver());
		byte[] real = Files.readAllBytes(Path.of("graph-seed/jilin-gazette-2017-22.txt"));
		List<Gazette> batch = List.of(ingester.parse("small-gazette.txt", small()),
				ingester.parse("jilin-gazette-2017-22.txt", real), ingester.parse("small-gazette.txt", small()));
		List<String> started = new ArrayList<>();
		List<String> written = new ArrayList<>();
		ingester.writeAll(batch, b -> b.forEach(g -> started.add(g.issue().key())),
				s -> s.forEach(summary -> written.add(summary.issueKey())));
		assertThat(written).hasSize(2)
			.doesNotHaveDuplicates()
			.containsExactlyInAnyOrderElementsOf(started.stream().distinct().toList());
		assertThat(GraphFingerprint.of(app.driver())).isEqualTo(before);
	}

	@Test
	@Order(4)
	void aMalformedFileIsRefusedWholeAndTheGraphStaysAsItWas() throws IOException {
		long[] before = app.counts();
		String text = new String(small(), StandardCharsets.UTF_8);
		// A changed issue number makes it a new issue; an unknown department further down
		// makes it malformed.
		String broken = text.replace("第 5 期 (复总第 769 期)", "第 6 期 (复总第 770 期)")
			.replace("2018年第5期", "2018年第6期")
			.replace("(复总第769期)", "(复总第770期)")
			.replace("省卫生计生委、省财政厅\n", "省卫生计生委、省财政局\n");
		assertThat(broken).contains("省财政局");
		assertThatThrownBy(() -> ingester.ingest("broken.txt", broken.getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(GazetteFormatException.class)
			.hasMessageContaining("broken.txt:")
			.hasMessageContaining("省财政局");
		assertThat(app.counts()).containsExactly(before);
	}

	private static byte[] small() throws IOException {
		try (InputStream in = IngestIT.class.getResourceAsStream("/gazettes/small-gazette.txt")) {
			return in.readAllBytes();
		}
	}

}
