package org.policygraph;

import java.util.Arrays;

import org.policygraph.ingest.IngestCommands;
import org.policygraph.neo4j.StandaloneDatabase;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Without arguments, serves the API. With a command: {@code db} runs only the database,
 * {@code ingest FILE...} writes gazette files into the configured store,
 * {@code export FILE} prints a gazette's records as JSON.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PolicyGraphApplication {

	public static void main(String[] args) throws Exception {
		String command = args.length == 0 || args[0].startsWith("-") ? "serve" : args[0];
		String[] rest = Arrays.copyOfRange(args, Math.min(1, args.length), args.length);
		switch (command) {
			case "serve" -> SpringApplication.run(PolicyGraphApplication.class, args);
			case "db" -> StandaloneDatabase.main(rest);
			case "ingest" -> System.exit(IngestCommands.ingest(PolicyGraphApplication.class, rest));
			case "export" -> System.exit(IngestCommands.export(rest, System.out, System.err));
			default -> {
				System.err.println("unknown command " + command + "; use one of: db, ingest FILE..., export FILE");
				System.exit(2);
			}
		}
	}

}
