package org.policygraph;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AccessMode;
import org.policygraph.ingest.parse.planted.ParserUsingNeo4j;
import org.policygraph.ingest.parse.planted.ParserUsingSpring;
import org.policygraph.planted.OpensWriteSession;
import org.policygraph.planted.WritesThroughExecutableQuery;
import org.policygraph.planted.WritesWithConfig;
import org.policygraph.planted.WritesWithoutResult;

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

	/**
	 * The stages before the writer are plain Java: parsing is unit-tested on strings, and
	 * a new reader can't quietly start needing a database or a container.
	 */
	static final ArchRule PURE_STAGES = noClasses().that()
		.resideInAnyPackage("org.policygraph.ingest.source..", "org.policygraph.ingest.text..",
				"org.policygraph.ingest.parse..", "org.policygraph.ingest.record..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.neo4j..", "org.springframework..")
		.because("text to records is pure; only ingest/write and the entry points in ingest touch Neo4j or Spring");

	/**
	 * Every way the driver writes: managed write transactions (all overloads, on every
	 * kind of session), the one-call query API (which runs in write mode by default) and
	 * sessions opened in write mode.
	 */
	static final ArchRule WRITES_ONLY_IN_THE_WRITER = noClasses().that()
		.resideOutsideOfPackages("org.policygraph.ingest.write..", "org.policygraph.neo4j..")
		.should()
		.callMethodWhere(target(nameMatching("executeWrite.*|executableQuery"))
			.and(target(owner(resideInAPackage("org.neo4j.driver..")))))
		.orShould()
		.accessField(AccessMode.class, "WRITE")
		.because("the API is read-only; writes go through the ingester's writer (and the schema migrations)");

	@Test
	void theStagesBeforeTheWriterArePure() {
		PURE_STAGES.check(classes);
	}

	@Test
	void thePurityRuleRejectsAParserThatUsesSpringOrNeo4j() {
		assertThatThrownBy(() -> PURE_STAGES.check(only(ParserUsingSpring.class))).isInstanceOf(AssertionError.class)
			.hasMessageContaining("ParserUsingSpring")
			.hasMessageContaining("org.springframework.util.StringUtils");
		assertThatThrownBy(() -> PURE_STAGES.check(only(ParserUsingNeo4j.class))).isInstanceOf(AssertionError.class)
			.hasMessageContaining("ParserUsingNeo4j")
			.hasMessageContaining("org.neo4j.driver.Values");
	}

	@Test
	void onlyTheWriterWrites() {
		WRITES_ONLY_IN_THE_WRITER.check(classes);
	}

	@Test
	void theWriteRuleRejectsEveryWayOfWriting() {
		for (Class<?> planted : List.of(WritesWithConfig.class, WritesWithoutResult.class,
				WritesThroughExecutableQuery.class, OpensWriteSession.class)) {
			assertThatThrownBy(() -> WRITES_ONLY_IN_THE_WRITER.check(only(planted))).as(planted.getSimpleName())
				.isInstanceOf(AssertionError.class)
				.hasMessageContaining(planted.getName());
		}
	}

	private static JavaClasses only(Class<?> planted) {
		return new ClassFileImporter().importClasses(planted);
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
					"org.policygraph.plan..", "org.policygraph.search..", "org.policygraph.map..",
					"org.policygraph.compile..")
			.should()
			.dependOnClassesThat()
			.haveFullyQualifiedName("org.neo4j.driver.Driver")
			.because("Neo4jReads runs reads in read transactions with a timeout and counts round trips")
			.check(classes);
	}

}
