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
			written = csv.finish();
		}
		assertThat(lines("nodes-0-header.csv")).containsExactly(":ID,:LABEL,id:string,no:long,standard:string");
		assertThat(lines("nodes-0.csv")).containsExactly("\"ServiceItem:a#1\",\"ServiceItem\",\"ServiceItem:a#1\",1",
				"\"ServiceItem:a#2\",\"ServiceItem\",\"ServiceItem:a#2\",2,\"小学600元，初中800元\"",
				"\"ServiceItem:a#3\",\"ServiceItem\",\"ServiceItem:a#3\"");
		assertThat(lines("relationships-FUNDED_BY-header.csv"))
			.containsExactly(":START_ID,:END_ID,:TYPE,role:string,order:long,scope:string");
		// the importer misreads a short line that ends in an empty field: none does
		assertThat(lines("relationships-FUNDED_BY.csv")).containsExactly(
				"\"ServiceItem:a#1\",\"Payer:CENTRAL\",\"FUNDED_BY\",\"SHARED\",0",
				"\"ServiceItem:a#2\",\"Payer:CENTRAL\",\"FUNDED_BY\",\"SHARED\",0,\"国家试点所需资金\"",
				"\"ServiceItem:a#3\",\"Payer:CENTRAL\",\"FUNDED_BY\",,0");
		assertThat(written.arguments()).startsWith(
				"--nodes=" + dir.resolve("nodes-0-header.csv") + "," + dir.resolve("nodes-0.csv"),
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
			.containsExactly("\"Document:x\",\"Document\",\"Document:x\",2017-11-15,\"各市（州）人民政府\u001f省政府各厅委办\"");
		assertThat(lines("nodes-1.csv"))
			.containsExactly("\"Department:y\",\"Department\u001fOrganization\",\"Department:y\",\"省财政厅\"");
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
	private static Map<String, Object> props(Object... keysAndValues) {
		Map<String, Object> props = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			props.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return props;
	}

}
