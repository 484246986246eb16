package org.policygraph.ingest;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.policygraph.department.DepartmentRegistry;
import org.policygraph.department.OrganizationDirectory;
import org.policygraph.ingest.write.SingleDocumentWriter;
import org.policygraph.succession.Successions;
import org.policygraph.ingest.record.Gazette;
import org.policygraph.ingest.record.ParsedFile;
import org.policygraph.ingest.write.WriteSummary;
import org.policygraph.ingest.source.GazetteFormatException;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The command-line side of ingesting: write files into the store, or export their records
 * for review.
 */
public final class IngestCommands {

	private IngestCommands() {
	}

	/**
	 * Ingests files of any form (gazette issues, single documents as text, disclosure
	 * pages, HTML, PDF), several to a transaction; a malformed file is reported with its
	 * line and skipped whole. Arguments of the form {@code --key=value} are Spring
	 * properties, e.g. {@code --policygraph.embedded.store-path=/srv/policy-graph} or
	 * {@code --spring.neo4j.uri=bolt://...}. A unit name no registry or template knows
	 * becomes an unverified organisation of its document's jurisdiction, listed in the
	 * report; {@code --strict} refuses the file instead.
	 */
	public static int ingest(Class<?> application, String[] args) {
		boolean strict = Arrays.asList(args).contains("--strict");
		boolean bulk = Arrays.asList(args).contains("--bulk");
		List<String> files = Arrays.stream(args).filter(arg -> !arg.startsWith("--")).toList();
		String[] springArgs = Arrays.stream(args)
			.filter(arg -> arg.startsWith("--") && !arg.equals("--strict") && !arg.equals("--bulk"))
			.toArray(String[]::new);
		if (files.isEmpty()) {
			System.err.println("usage: ingest FILE... [--bulk] [--strict] [--spring.property=value...]");
			return 2;
		}
		if (bulk) {
			return bulk(application, files, strict, springArgs);
		}
		Map<String, Object> properties = new HashMap<>();
		properties.put("policygraph.seed.enabled", "false");
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
			.web(WebApplicationType.NONE)
			.properties(properties)
			.run(springArgs)) {
			GazetteIngester ingester = context.getBean(GazetteIngester.class);
			// Files are parsed a few ahead of the batch being written; a malformed file
			// is
			// skipped whole, and the rest go in in batches.
			Map<String, String> fileOfIssue = new HashMap<>();
			GazetteIngester.Run run = ingester.ingestFiles(files.stream().map(Path::of).toList(), strict,
					new GazetteIngester.Progress() {

						@Override
						public void parsed(Path path, ParsedFile read) {
							String file = path.toString();
							if (read.gazette() != null) {
								fileOfIssue.put(read.gazette().issue().key(), file);
							}
							else {
								read.document()
									.report()
									.forEach(line -> System.out.printf("note %s:%s%n", file,
											line.matches("\\d+:.*") ? line : " " + line));
							}
							printUnverified(path, read);
						}

						@Override
						public void refused(Path path, Exception reason) {
							System.err.println("not ingested: " + reason.getMessage());
						}

						@Override
						public void writing(List<Gazette> batch) {
							batch.forEach(gazette -> System.out.printf("writing %s: issue %s%n",
									fileOfIssue.get(gazette.issue().key()), gazette.issue().key()));
						}

						@Override
						public void written(List<WriteSummary> summaries) {
							summaries.forEach(summary -> System.out.printf(
									"ingested %s: issue %s, %d documents, %d service items, %d tasks, %d indicators, "
											+ "%d appointments, %d citations%n",
									fileOfIssue.get(summary.issueKey()), summary.issueKey(), summary.documents(),
									summary.serviceItems(), summary.tasks(), summary.indicators(),
									summary.appointments(), summary.citations()));
						}
					});
			for (var summary : run.documents()) {
				if (summary.skipped() != null) {
					System.out.printf("not written %s: document %s is %s%n", summary.file(), summary.documentKey(),
							summary.skipped());
				}
				else {
					System.out.printf("ingested %s: document %s, %d tasks, %d citations, %d implemented%n",
							summary.file(), summary.documentKey(), summary.tasks(), summary.citations(),
							summary.implementations());
				}
				summary.unresolved().forEach(line -> System.out.printf("note %s: %s%n", summary.file(), line));
			}
			int failures = run.refused();
			return failures == 0 ? 0 : 1;
		}
	}

	/**
	 * Builds a new store from the files with Neo4j's bulk importer
	 * ({@link BulkIngester}): for a corpus loaded from scratch. The store
	 * ({@code policygraph.embedded.store-path}) must not exist yet; the files are read
	 * against the built-in reference data.
	 */
	private static int bulk(Class<?> application, List<String> files, boolean strict, String[] springArgs) {
		Path store = Path.of(Arrays.stream(springArgs)
			.filter(arg -> arg.startsWith("--policygraph.embedded.store-path="))
			.map(arg -> arg.substring(arg.indexOf('=') + 1))
			.reduce((a, b) -> b)
			.orElse("./data/neo4j"));
		long start = System.nanoTime();
		BulkIngester.Imported imported;
		Path csv = null;
		try {
			GazetteIngester parser = new GazetteIngester(OrganizationDirectory.loadDefault(), Successions.none(), null,
					false);
			csv = Files.createTempDirectory("policy-graph-bulk");
			imported = BulkIngester.importFiles(parser, files.stream().map(Path::of).toList(), strict, store, csv,
					System.out, new GazetteIngester.Progress() {

						@Override
						public void parsed(Path path, ParsedFile read) {
							printUnverified(path, read);
						}

						@Override
						public void refused(Path path, Exception reason) {
							System.err.println("not ingested: " + reason.getMessage());
						}
					});
		}
		catch (IOException | IllegalArgumentException ex) {
			System.err.println("bulk import failed: " + ex.getMessage());
			return 1;
		}
		finally {
			deleteQuietly(csv);
		}
		Map<String, Object> properties = new HashMap<>();
		properties.put("policygraph.seed.enabled", "false");
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
			.web(WebApplicationType.NONE)
			.properties(properties)
			.run(springArgs)) {
			List<SingleDocumentWriter.DocumentSummary> documents = BulkIngester
				.complete(context.getBean(GazetteIngester.class), imported)
				.documents();
			System.out.printf(
					"imported %d issues and %d documents into %s in %.1f s (parsing and CSV %.1f s, the CSV held to the end %.1f s, import %.1f s); "
							+ "%d files refused%n",
					imported.issues(), documents.size(), store, (System.nanoTime() - start) / 1e9,
					imported.parsing().toMillis() / 1000.0, imported.csv().toMillis() / 1000.0,
					imported.importing().toMillis() / 1000.0, imported.refused());
			return imported.refused() == 0 ? 0 : 1;
		}
	}

	private static void deleteQuietly(Path dir) {
		if (dir == null) {
			return;
		}
		try (var paths = Files.walk(dir)) {
			paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
		catch (IOException ex) {
			System.err.println("could not delete " + dir + ": " + ex.getMessage());
		}
	}

	/**
	 * Prints the records extracted from one file as JSON, without touching any database.
	 */
	public static int export(String[] args, PrintStream out, PrintStream err) {
		if (args.length != 1) {
			err.println("usage: export FILE");
			return 2;
		}
		try {
			Path path = Path.of(args[0]);
			ParsedFile read = new GazetteIngester(DepartmentRegistry.loadDefault(), null)
				.parseFile(path.getFileName().toString(), Files.readAllBytes(path));
			out.println(JsonMapper.builder()
				.enable(SerializationFeature.INDENT_OUTPUT)
				.build()
				.writeValueAsString(read.gazette() != null ? read.gazette() : read.document()));
			return 0;
		}
		catch (GazetteFormatException ex) {
			err.println("malformed gazette: " + ex.getMessage());
			return 1;
		}
		catch (IOException ex) {
			err.println("cannot read " + args[0] + ": " + ex.getMessage());
			return 1;
		}
	}

	private static void printUnverified(Path path, ParsedFile read) {
		(read.gazette() != null ? read.gazette().unverified() : read.document().unverified())
			.forEach(org -> System.out.printf("unverified in %s: %s (%s), kept as printed as %s%n", path, org.name(),
					org.jurisdictionCode(), org.fullName()));
	}

}
