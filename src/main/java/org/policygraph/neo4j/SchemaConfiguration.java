package org.policygraph.neo4j;

import org.neo4j.driver.Driver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Brings the schema up to date before anything reads or writes, in embedded and external
 * mode alike.
 */
@Configuration(proxyBeanMethods = false)
class SchemaConfiguration {

	@Bean
	SchemaMigrations schemaMigrations(Driver driver) {
		SchemaMigrations migrations = new SchemaMigrations(driver);
		migrations.apply();
		return migrations;
	}

}
