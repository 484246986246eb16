package org.policygraph.ingest.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.policygraph.ingest.write.CsvFilesTests.props;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Record;
import org.policygraph.neo4j.EmbeddedNeo4j;
import org.policygraph.neo4j.EmbeddedNeo4jProperties;

/**
 * Neo4j's importer reads the files {@link CsvFiles} cuts for it: text with line breaks in
 * many files each shorter than the read buffer, read in parallel, beside a file without
 * line breaks longer than the buffer, which the importer cuts itself. A small buffer
 * (4,096 characters) makes a few hundred lines dozens of files; every value is read back
 * as it was written.
 */
class CsvImportIT {

	private static final int READ_BUFFER = 4096;

	@TempDir
	Path dir;

	@Test
	void textWithLineBreaksInFilesCutToTheReadBufferIsImportedAsWritten() throws IOException {
		Map<String, String> tasks = new TreeMap<>();
		Map<String, String> citations = new TreeMap<>();
		Map<String, String> payers = new TreeMap<>();
		CsvImport.Written written;
		try (CsvFiles csv = new CsvFiles(dir.resolve("csv"), READ_BUFFER)) {
			for (int i = 0; i < 400; i++) {
				// lines of 40 to 1,000 characters, so files end at every kind of place
				String text = ("（" + i + "）加快推进\"放管服\"改革，\n牵头单位：省政府办公厅，").repeat(1 + (i * 7) % 24);
				tasks.put("Task:" + i, text);
				csv.node("Task:" + i, Set.of("Task"), props("id", "Task:" + i, "no", i, "srcText", text));
			}
			for (int i = 0; i < 300; i++) {
				String text = i % 3 == 0 ? "依据《吉林省人民政府关于\n印发……的通知》" + i : "依据《条例》" + i;
				citations.put("Document:" + i, text);
				csv.node("Document:" + i, Set.of("Document"), props("id", "Document:" + i));
				csv.relationship("CITES", "Document:" + i, "Document:" + (i + 1) % 300, props("srcText", text));
			}
			for (int i = 0; i < 500; i++) {
				String name = "中央财政承担" + i + "，省级财政承担其余部分";
				payers.put("Payer:" + i, name);
				csv.node("Payer:" + i, Set.of("Payer"), props("id", "Payer:" + i, "name", name));
			}
			written = csv.finish();
		}
		Set<String> multiline = written.arguments()
			.stream()
			.filter(argument -> argument.startsWith("--multiline-fields="))
			.flatMap(argument -> Arrays.stream(argument.substring("--multiline-fields=".length()).split(",")))
			.collect(Collectors.toSet());
		assertThat(multiline).hasSizeGreaterThan(20);
		try (var files = Files.list(dir.resolve("csv"))) {
			Map<Boolean, List<Path>> named = files.filter(f -> !f.toString().endsWith("-header.csv"))
				.collect(Collectors.partitioningBy(f -> multiline.contains(f.toString())));
			for (Path file : named.get(true)) {
				assertThat(Files.readString(file).length()).as(file.toString()).isLessThan(READ_BUFFER);
			}
			assertThat(named.get(false)).map(f -> f.getFileName().toString()).contains("nodes-2.csv");
			assertThat(Files.readString(dir.resolve("csv/nodes-2.csv")).length()).isGreaterThan(4 * READ_BUFFER);
		}

		Path store = dir.resolve("store");
		CsvImport.importInto(store, written, System.out);
		try (EmbeddedNeo4j db = EmbeddedNeo4j
			.start(new EmbeddedNeo4jProperties(store, 0, 64L << 20, Duration.ofMinutes(5)));
				Driver driver = GraphDatabase.driver(db.boltUri(), AuthTokens.none(),
						Config.builder().withoutEncryption().build())) {
			assertThat(read(driver, "MATCH (n:Task) RETURN n.id AS key, n.srcText AS value")).isEqualTo(tasks);
			assertThat(read(driver, "MATCH (n:Task) RETURN n.id AS key, toString(n.no) AS value")).hasSize(400)
				.containsEntry("Task:399", "399");
			assertThat(read(driver, "MATCH (d:Document)-[c:CITES]->() RETURN d.id AS key, c.srcText AS value"))
				.isEqualTo(citations);
			assertThat(read(driver, "MATCH (n:Payer) RETURN n.id AS key, n.name AS value")).isEqualTo(payers);
		}
	}

	private static Map<String, String> read(Driver driver, String query) {
		return driver.executableQuery(query)
			.execute()
			.records()
			.stream()
			.collect(Collectors.toMap(r -> r.get("key").asString(), (Record r) -> r.get("value").asString(),
					(a, b) -> a + "|" + b, TreeMap::new));
	}

}
