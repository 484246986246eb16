package org.policygraph.ingest;

import java.io.ByteArrayInputStream;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.policygraph.department.DepartmentRegistry;
import org.policygraph.department.OrganizationDirectory;
import org.policygraph.department.OrganizationTemplate;
import org.policygraph.ingest.source.SourceFile;
import org.policygraph.jurisdiction.JurisdictionTable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One set of reference data for everything that ingests (the seeder, the admin endpoints,
 * the ingest command): the department registry, the jurisdictions and the organisation
 * template in the configured seed location, so a gazette uploaded later is read against
 * the same units and places as the seed. Malformed reference data stops the start, naming
 * the file and row.
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

	@Bean
	GazetteIngester gazetteIngester(OrganizationDirectory directory, Driver driver) {
		// lenient: an uploaded or commanded issue keeps a unit nobody knows as
		// unverified;
		// the seeder and --strict refuse it
		return new GazetteIngester(directory, driver, false);
	}

}
