package org.policygraph.ingest;

import java.io.ByteArrayInputStream;

import org.neo4j.driver.Driver;
import org.policygraph.department.DepartmentRegistry;
import org.policygraph.ingest.source.SourceFile;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One department registry for everything that ingests (the seeder, the admin endpoints,
 * the ingest command): the one in the configured seed location, so a gazette uploaded
 * later is read against the same units as the seed.
 */
@Configuration(proxyBeanMethods = false)
class IngestConfiguration {

	@Bean
	DepartmentRegistry departmentRegistry(SeedProperties seed) {
		SourceFile file = GraphSeeder.read(seed.directory(), "departments.tsv").getFirst();
		return DepartmentRegistry.load(new ByteArrayInputStream(file.content()), file.name());
	}

	@Bean
	GazetteIngester gazetteIngester(DepartmentRegistry registry, Driver driver) {
		return new GazetteIngester(registry, driver);
	}

}
