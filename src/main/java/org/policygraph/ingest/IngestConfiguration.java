package org.policygraph.ingest;

import java.io.ByteArrayInputStream;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.policygraph.department.DepartmentRegistry;
import org.policygraph.department.OrganizationDirectory;
import org.policygraph.department.OrganizationTemplate;
import org.policygraph.ingest.source.SourceFile;
import org.policygraph.jurisdiction.JurisdictionTable;
import org.policygraph.succession.Successions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One set of reference data for everything that ingests (the seeder, the admin endpoints,
 * the ingest command): the department registry, the jurisdictions, the organisation
 * template and the successions in the configured seed location, so a gazette uploaded
 * later is read against the same units and places as the seed, and written with the same
 * successions. Malformed reference data stops the start, naming the file and row.
 */
@Configuration(proxyBeanMethods = false)
class IngestConfiguration {

	@Bean
	DepartmentRegistry departmentRegistry(SeedProperties seed) {
		SourceFile file = GraphSeeder.read(seed.directory(), "departments.tsv").getFirst();
		return DepartmentRegistry.load(new ByteArrayInputStream(file.content()), file.name());
	}

	@Bean
	JurisdictionTable jurisdictionTable(SeedProperties seed) {
		SourceFile file = GraphSeeder.read(seed.directory(), JurisdictionTable.FILE_NAME).getFirst();
		return JurisdictionTable.load(new ByteArrayInputStream(file.content()), file.name());
	}

	@Bean
	OrganizationDirectory organizationDirectory(SeedProperties seed, JurisdictionTable jurisdictions,
			DepartmentRegistry registry) {
		SourceFile template = GraphSeeder.read(seed.directory(), OrganizationTemplate.FILE_NAME).getFirst();
		return new OrganizationDirectory(jurisdictions,
				OrganizationTemplate.load(new ByteArrayInputStream(template.content()), template.name()),
				Map.of("departments.tsv", registry));
	}

	/**
	 * The reviewed successions of the registry's bodies, from the same seed location;
	 * checked here, so a bad file refuses the start naming its file and row.
	 */
	@Bean
	Successions successions(SeedProperties seed, DepartmentRegistry registry) {
		return GraphSeeder.readOptional(seed.directory(), Successions.FILE_NAME)
			.stream()
			.findFirst()
			.map(file -> Successions.load(new ByteArrayInputStream(file.content()), file.name(), registry))
			.orElse(Successions.none());
	}

	@Bean
	GazetteIngester gazetteIngester(OrganizationDirectory directory, Successions successions, Driver driver) {
		// lenient: an uploaded or commanded issue keeps a unit nobody knows as
		// unverified;
		// the seeder and --strict refuse it
		return new GazetteIngester(directory, successions, driver, false);
	}

}
