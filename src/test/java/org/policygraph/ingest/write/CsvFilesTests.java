package org.policygraph.ingest.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The importer's files as {@link CsvFiles} writes them a line at a time; that the
 * importer reads them as the writers' graph is {@code IngestBatchingIT}'s.
 */
class CsvFilesTests {

	@TempDir
	Path dir;

	@Test
	void aColumnFirstSeenOnALaterLineIsInTheHeaderAndEarlierLinesStopBeforeIt() throws IOException {
		CsvImport.Written written;
		try (CsvFiles csv = new CsvFiles(dir)) {
			csv.node("ServiceItem:a#1", Set.of("ServiceItem"), props("id", "ServiceItem:a#1", "no", 1));
			csv.node("ServiceItem:a#2", Set.of("ServiceItem"),
					props("id", "ServiceItem:a#2", "no", 2, "standard", "小学600元，初中800元"));
			csv.node("ServiceItem:a#3", Set.of("ServiceItem"), props("id", "ServiceItem:a#3"));
			csv.relationship("FUNDED_BY", "ServiceItem:a#1", "Payer:CENTRAL", props("role", "SHARED", "order", 0));
			csv.relationship("FUNDED_BY", "ServiceItem:a#2", "Payer:CENTRAL",
					props("role", "SHARED", "order", 0, "scope", "国家试点所需资金"));
			csv.relationship("FUNDED_BY", "ServiceItem:a#3", "Payer:CENTRAL", props("order", 0));
			// held to the end, as the MERGEd nodes are: numbered where first named
			csv.node("Payer:CENTRAL", Set.of("Payer"), props("id", "Payer:CENTRAL", "name", "中央"));
			written = csv.finish();
		}
		assertThat(lines("nodes-0-header.csv")).containsExactly(":ID,:LABEL,id:string,no:long,standard:string");
		assertThat(lines("nodes-0.csv")).containsExactly("0,\"ServiceItem\",\"ServiceItem:a#1\",1",
				"1,\"ServiceItem\",\"ServiceItem:a#2\",2,\"小学600元，初中800元\"", "2,\"ServiceItem\",\"ServiceItem:a#3\"");
		assertThat(lines("nodes-1.csv")).containsExactly("3,\"Payer\",\"Payer:CENTRAL\",\"中央\"");
		assertThat(lines("relationships-FUNDED_BY-header.csv"))
			.containsExactly(":START_ID,:END_ID,:TYPE,role:string,order:long,scope:string");
		// the importer misreads a short line that ends in an empty field: none does
		assertThat(lines("relationships-FUNDED_BY.csv")).containsExactly("0,3,\"FUNDED_BY\",\"SHARED\",0",
				"1,3,\"FUNDED_BY\",\"SHARED\",0,\"国家试点所需资金\"", "2,3,\"FUNDED_BY\",,0");
		assertThat(written.arguments()).startsWith(
				"--nodes=" + dir.resolve("nodes-0-header.csv") + "," + dir.resolve("nodes-0.csv"),
				"--nodes=" + dir.resolve("nodes-1-header.csv") + "," + dir.resolve("nodes-1.csv"),
				"--relationships=" + dir.resolve("relationships-FUNDED_BY-header.csv") + ","
						+ dir.resolve("relationships-FUNDED_BY.csv"));
	}

	@Test
	void eachSetOfLabelsHasItsFileAndArraysAndDatesTheirTypes() throws IOException {
		try (CsvFiles csv = new CsvFiles(dir)) {
			csv.node("Document:x", Set.of("Document"), props("id", "Document:x", "issuedOn", LocalDate.of(2017, 11, 15),
					"addressees", List.of("各市（州）人民政府", "省政府各厅委办")));
			csv.node("Department:y", Set.of("Organization", "Department"), props("id", "Department:y", "name", "省财政厅"));
			csv.finish();
		}
		assertThat(lines("nodes-0-header.csv").getFirst())
			.isEqualTo(":ID,:LABEL,id:string,issuedOn:date,addressees:string[]");
		assertThat(lines("nodes-0.csv"))
			.containsExactly("0,\"Document\",\"Document:x\",2017-11-15,\"各市（州）人民政府\u001f省政府各厅委办\"");
		assertThat(lines("nodes-1.csv"))
			.containsExactly("1,\"Department\u001fOrganization\",\"Department:y\",\"省财政厅\"");
	}

	@Test
	void anEmptyListIsLeftOutOfTheLineAndReportedByLabelAndKeys() throws IOException {
		CsvImport.Written written;
		try (CsvFiles csv = new CsvFiles(dir)) {
			csv.node("ServiceItem:a#1", Set.of("ServiceItem"),
					props("id", "ServiceItem:a#1", "earmarkFunds", List.of(), "earmarkShares", List.of()));
			csv.node("ServiceItem:a#2", Set.of("ServiceItem"),
					props("id", "ServiceItem:a#2", "earmarkFunds", List.of("专项资金")));
			csv.node("ServiceItem:a#3", Set.of("ServiceItem"),
					props("id", "ServiceItem:a#3", "earmarkShares", List.of(), "earmarkFunds", List.of()));
			written = csv.finish();
		}
		assertThat(lines("nodes-0-header.csv").getFirst()).isEqualTo(":ID,:LABEL,id:string,earmarkFunds:string[]");
		assertThat(written.emptyLists()).containsExactly(new CsvImport.EmptyLists("ServiceItem",
				List.of("earmarkFunds", "earmarkShares"), List.of("ServiceItem:a#1", "ServiceItem:a#3")));
	}

	@Test
	void aFileWithALineBreakIsClosedBeforeItFillsTheReadBufferAndNamedAsMultiline() throws IOException {
		CsvImport.Written written;
		// a read buffer of 100 characters
		try (CsvFiles csv = new CsvFiles(dir, 100)) {
			for (int i = 0; i < 5; i++) {
				csv.node("Task:" + i, Set.of("Task"), props("id", "Task:" + i, "srcText", "一、\n任务" + i));
			}
			// no line break: the file grows past the buffer, the importer cuts it itself
			for (int i = 0; i < 5; i++) {
				csv.node("Payer:" + i, Set.of("Payer"), props("id", "Payer:" + i, "name", "中央财政承担" + i));
			}
			written = csv.finish();
		}
		// each task line is 27 characters: three fit below the buffer, a fourth would not
		assertThat("0,\"Task\",\"Task:0\",\"一、\n任务0\"\n").hasSize(27);
		assertThat(Files.readString(dir.resolve("nodes-0.csv"))).hasSize(81).startsWith("0,");
		assertThat(Files.readString(dir.resolve("nodes-0-1.csv"))).hasSize(54).startsWith("3,");
		assertThat(dir.resolve("nodes-0-2.csv")).doesNotExist();
		assertThat(Files.readString(dir.resolve("nodes-1.csv"))).hasSizeGreaterThan(100);
		assertThat(dir.resolve("nodes-1-1.csv")).doesNotExist();
		assertThat(written.arguments()).contains(
				"--nodes=" + dir.resolve("nodes-0-header.csv") + "," + dir.resolve("nodes-0.csv") + ","
						+ dir.resolve("nodes-0-1.csv"),
				"--nodes=" + dir.resolve("nodes-1-header.csv") + "," + dir.resolve("nodes-1.csv"),
				"--read-buffer-size=100", "--multiline-fields-format=v2",
				"--multiline-fields=" + dir.resolve("nodes-0.csv") + "," + dir.resolve("nodes-0-1.csv"));
	}

	@Test
	void aFileTurnsMultilineAtItsFirstLineBreakAndOnlyThenIsCut() throws IOException {
		CsvImport.Written written;
		String cited = "依据《吉林省人民政府关于印发……的通知》";
		try (CsvFiles csv = new CsvFiles(dir, 100)) {
			csv.relationship("CITES", "Document:a", "Document:b", props("srcText", cited));
			csv.relationship("CITES", "Document:a", "Document:c", props("srcText", cited));
			csv.relationship("CITES", "Document:a", "Document:d", props("srcText", cited));
			// the file without a break has outgrown the buffer: the line with one starts
			// a new file, and the next line without joins it
			csv.relationship("CITES", "Document:a", "Document:e", props("srcText", "依据\n《办法》"));
			csv.relationship("CITES", "Document:a", "Document:f", props("srcText", cited));
			for (String d : List.of("a", "b", "c", "d", "e", "f")) {
				csv.node("Document:" + d, Set.of("Document"), props("id", "Document:" + d));
			}
			written = csv.finish();
		}
		assertThat(lines("relationships-CITES.csv")).hasSize(3);
		assertThat(Files.readString(dir.resolve("relationships-CITES-1.csv"))).contains("《办法》")
			.endsWith("0,5,\"CITES\",\"" + cited + "\"\n");
		assertThat(written.arguments()).contains("--multiline-fields=" + dir.resolve("relationships-CITES-1.csv"));
	}

	@Test
	void aLongLineWithoutABreakAfterAMultilineFileStartsAFileOfItsOwn() throws IOException {
		CsvImport.Written written;
		String longName = "中央财政承担".repeat(30);
		try (CsvFiles csv = new CsvFiles(dir, 100)) {
			csv.node("Task:a", Set.of("Task"), props("id", "Task:a", "srcText", "一、\n任务"));
			csv.node("Task:b", Set.of("Task"), props("id", "Task:b", "srcText", longName));
			written = csv.finish();
		}
		assertThat(lines("nodes-0.csv")).hasSize(2);
		assertThat(lines("nodes-0-1.csv")).containsExactly("1,\"Task\",\"Task:b\",\"" + longName + "\"");
		assertThat(written.arguments()).contains("--multiline-fields=" + dir.resolve("nodes-0.csv"));
	}

	@Test
	void aNodeWrittenTwiceOrNamedButNeverWrittenIsRefused() throws IOException {
		try (CsvFiles csv = new CsvFiles(dir)) {
			csv.node("Department:jilin/财政厅", Set.of("Department"), props("id", "Department:jilin/财政厅"));
			assertThatThrownBy(
					() -> csv.node("Department:jilin/财政厅", Set.of("Department"), props("id", "Department:jilin/财政厅")))
				.isInstanceOf(IllegalStateException.class)
				.hasMessage("the node Department:jilin/财政厅 is written twice");
			csv.relationship("LEADS", "Department:jilin/财政厅", "ServiceItem:a#1", props());
			assertThatThrownBy(csv::finish).isInstanceOf(IllegalStateException.class)
				.hasMessage("1 nodes are named by relationships but were never written, among them [ServiceItem:a#1]");
		}
	}

	@Test
	void aLineWithABreakLongerThanTheReadBufferIsRefused() throws IOException {
		try (CsvFiles csv = new CsvFiles(dir, 100)) {
			assertThatThrownBy(() -> csv.node("Issue:a", Set.of("Issue"),
					props("id", "Issue:a", "srcText", "吉林省人民政府公报\n".repeat(10))))
				.isInstanceOf(IllegalStateException.class)
				.hasMessageStartingWith("nodes-0.csv: a line of 123 characters with line breaks is longer than "
						+ "the importer reads at once (99); ingest without --bulk");
		}
	}

	@Test
	void withoutALineBreakNoFileIsNamedMultiline() throws IOException {
		CsvImport.Written written;
		try (CsvFiles csv = new CsvFiles(dir)) {
			csv.node("Payer:CENTRAL", Set.of("Payer"), props("id", "Payer:CENTRAL", "name", "中央"));
			written = csv.finish();
		}
		assertThat(written.arguments()).noneMatch(argument -> argument.startsWith("--multiline-fields"))
			.contains("--read-buffer-size=" + CsvFiles.READ_BUFFER_CHARS, "--path-pattern-style=none")
			.endsWith("--id-type=actual", "neo4j");
	}

	@Test
	void whatTheImporterCantTakeIsRefusedNamingTheFileOrTheType() throws IOException {
		try (CsvFiles csv = new CsvFiles(dir)) {
			csv.node("Task:a", Set.of("Task"), props("id", "Task:a", "no", 1));
			assertThatThrownBy(() -> csv.node("Task:b", Set.of("Task"), props("id", "Task:b", "no", "一")))
				.isInstanceOf(IllegalStateException.class)
				.hasMessage("nodes-0.csv: property no is long and string in different rows");
			assertThatThrownBy(() -> csv.relationship("CITES", "Document:a", "Document:b", props("quoted", List.of())))
				.isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("an empty list on a relationship CITES");
			assertThatThrownBy(
					() -> csv.node("Task:c", Set.of("Task"), props("id", "Task:c", "units", List.of("a\u001fb"))))
				.isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("an array element the importer can't take");
		}
	}

	private List<String> lines(String file) throws IOException {
		return Files.readAllLines(dir.resolve(file));
	}

	/** Keys and values in turn, in their order. */
	static Map<String, Object> props(Object... keysAndValues) {
		Map<String, Object> props = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			props.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return props;
	}

}
