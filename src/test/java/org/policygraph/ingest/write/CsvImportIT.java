package org.policygraph.ingest.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.policygraph.neo4j.EmbeddedNeo4j;
import org.policygraph.neo4j.EmbeddedNeo4jProperties;

/**
 * Text through Neo4j's importer and back as it went in: line breaks of every kind, the
 * escape that stands for them, in a property, a list and on a relationship, beside text
 * that has none (the real issue's, whole, is {@code IngestBatchingIT}'s).
 */
class CsvImportIT {

	@TempDir
	Path dir;

	private static final String ESCAPE = String.valueOf(CsvFiles.LINE_BREAK_ESCAPE);

	/**
	 * Text the escapes could be confused with, and the escape itself where it may hurt.
	 */
	private static final List<String> TEXTS = List.of("第一条\n第二条", "一\r\n二\r三\n\n", "\n", ESCAPE, ESCAPE + "n",
			ESCAPE + "e\n" + ESCAPE + ESCAPE + "r", "e" + ESCAPE + "\r" + ESCAPE, "没有换行");

	@Test
	void lineBreaksAndTheEscapeComeOutOfTheImportAsTheyWentIn() throws IOException {
		CsvImport.Written written;
		try (CsvFiles csv = new CsvFiles(dir.resolve("csv"))) {
			for (int i = 0; i < TEXTS.size(); i++) {
				String text = TEXTS.get(i);
				csv.node("Task:" + i, Set.of("Task"),
						props("id", "Task:" + i, "no", i, "srcText", text, "units", List.of("甲", text, "乙")));
				csv.relationship("CITES", "Task:" + i, "Task:0", props("srcText", text, "no", i));
			}
			written = csv.finish();
		}
		assertThat(written.escaped()).containsExactlyInAnyOrder(new CsvImport.Escaped(true, "Task", "srcText", false),
				new CsvImport.Escaped(true, "Task", "units", true),
				new CsvImport.Escaped(false, "CITES", "srcText", false));
		Path store = dir.resolve("store");
		CsvImport.importInto(store, written, new PrintStream(OutputStream.nullOutputStream()));
		try (EmbeddedNeo4j db = EmbeddedNeo4j
			.start(new EmbeddedNeo4jProperties(store, 0, 16L << 20, Duration.ofMinutes(1)));
				Driver driver = GraphDatabase.driver(db.boltUri(), AuthTokens.none(),
						Config.builder().withoutEncryption().build())) {
			CsvImport.unescape(driver, written.escaped());
			var nodes = driver
				.executableQuery("MATCH (t:Task) RETURN t.no AS no, t.srcText AS text, t.units AS units ORDER BY no")
				.execute()
				.records();
			var cites = driver
				.executableQuery("MATCH ()-[c:CITES]->() RETURN c.no AS no, c.srcText AS text ORDER BY no")
				.execute()
				.records();
			assertThat(nodes).hasSize(TEXTS.size());
			assertThat(cites).hasSize(TEXTS.size());
			for (int i = 0; i < TEXTS.size(); i++) {
				String text = TEXTS.get(i);
				assertThat(nodes.get(i).get("text").asString()).as("node %d", i).isEqualTo(text);
				assertThat(cites.get(i).get("text").asString()).as("relationship %d", i).isEqualTo(text);
				assertThat(nodes.get(i).get("units").asList(v -> v.asString())).as("list %d", i)
					.containsExactly("甲", text, "乙");
			}
		}
	}

	/** Keys and values in turn, in their order. */
	private static Map<String, Object> props(Object... keysAndValues) {
		Map<String, Object> props = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			props.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return props;
	}

}
