package org.policygraph;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policygraph.ingest.parse.GazetteParser;
import org.policygraph.ingest.record.Gazette;
import org.policygraph.neo4j.Neo4jReads;

/**
 * Keeps the package boundaries that make the code readable: by feature, parsing pure,
 * writes in one place.
 */
class ArchitectureTests {

	private static JavaClasses classes;

	@BeforeAll
	static void importClasses() {
		classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("org.policygraph");
	}

	@Test
	void featurePackagesDoNotDependOnEachOtherInCycles() {
		slices().matching("org.policygraph.(*)..").should().beFreeOfCycles().check(classes);
	}

	@Test
	void theParserIsPureTextToRecords() {
		noClasses().that()
			.haveSimpleNameNotStartingWith("Gazette")
			.and()
			.haveSimpleNameNotEndingWith("Commands")
			.and()
			.haveSimpleNameNotStartingWith("GraphSeeder")
			.and()
			.haveSimpleNameNotEndingWith("Properties")
			.and()
			.haveSimpleNameNotEndingWith("Controller")
			.and()
			.resideInAPackage("org.policygraph.ingest")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.neo4j..", "org.springframework..")
			.because(
					"parsing is unit-tested on strings; only the writer, the seeder, the commands and the admin endpoints touch Neo4j")
			.check(classes);
		noClasses().that()
			.haveSimpleName("GazetteParser")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.neo4j..", "org.springframework..")
			.check(classes);
	}

	@Test
	void onlyTheIngestPackageWrites() {
		noClasses().that()
			.resideOutsideOfPackages("org.policygraph.ingest..", "org.policygraph.neo4j..")
			.should()
			.callMethod(org.neo4j.driver.Session.class, "executeWrite", org.neo4j.driver.TransactionCallback.class)
			.because("the API is read-only; writes go through the ingester")
			.check(classes);
	}

	@Test
	void controllersArePackagePrivate() {
		classes().that()
			.areAnnotatedWith(org.springframework.stereotype.Controller.class)
			.should()
			.notBePublic()
			.check(classes);
	}

	@Test
	void featuresReadTheGraphOnlyThroughNeo4jReads() {
		noClasses().that()
			.resideInAnyPackage("org.policygraph.service..", "org.policygraph.department..",
					"org.policygraph.document..", "org.policygraph.task..", "org.policygraph.official..",
					"org.policygraph.plan..", "org.policygraph.search..", "org.policygraph.map..")
			.should()
			.dependOnClassesThat()
			.haveFullyQualifiedName("org.neo4j.driver.Driver")
			.because("Neo4jReads runs reads in read transactions with a timeout and counts round trips")
			.check(classes);
	}

}
