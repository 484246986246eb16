package org.policygraph.ingest;

import java.io.ByteArrayInputStream;

import org.neo4j.driver.Driver;
import org.policygraph.department.DepartmentRegistry;
import org.policygraph.ingest.source.SourceFile;
import org.policygraph.succession.Successions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One department registry for everything that ingests (the seeder, the admin endpoints,
 * the ingest command): the one in the configured seed location, so a gazette uploaded
 * later is read against the same units as the seed, and written with the same
 * successions.
 */
@Configuration(proxyBeanMethods = false)
class IngestConfiguration {

	@Bean
	DepartmentRegistry departmentRegistry(SeedProperties seed) {
		SourceFile file = GraphSeeder.read(seed.directory(), "departments.tsv").getFirst();
		return DepartmentRegistry.load(new ByteArrayInputStream(file.content()), file.name());
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
	GazetteIngester gazetteIngester(DepartmentRegistry registry, Successions successions, Driver driver) {
		return new GazetteIngester(registry, successions, driver);
	}

}
