package org.policygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The export command gives reviewers every extracted record as JSON, and refuses
 * malformed files clearly.
 */
class IngestCommandsTests {

	@Test
	void exportPrintsTheRecordsOfTheGazetteAsJson() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int status = IngestCommands.export(new String[] { "graph-seed/jilin-gazette-2017-22.txt" },
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
		assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
		DocumentContext json = JsonPath.parse(out.toString(StandardCharsets.UTF_8));
		assertThat(json.<Integer>read("$.serviceItems.length()")).isEqualTo(85);
		assertThat(json.<String>read("$.serviceItems[0].name")).isEqualTo("免费义务教育");
		assertThat(json.<String>read("$.serviceItems[0].funding.pattern"))
			.isEqualTo("CENTRAL:SHARED+PROVINCE:SHARED+CITY:SHARED+COUNTY:SHARED");
		assertThat(json.<Integer>read("$.serviceItems[0].source.fromLine")).isEqualTo(605);
		assertThat(json.<String>read("$.issue.publishedOn")).isEqualTo("2017-11-30");
	}

	@Test
	void exportOfAMalformedFileNamesTheLineAndPrintsNothing(@TempDir Path dir) throws Exception {
		Path broken = dir.resolve("broken.txt");
		Files.write(broken, new byte[] { (byte) 0xE5, (byte) 0x90, 0x0A, (byte) 0xFF, 0x0A });
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int status = IngestCommands.export(new String[] { broken.toString() },
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
		assertThat(status).isEqualTo(1);
		assertThat(out.size()).isZero();
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("broken.txt:1");
	}

}
