package org.opensor.registry.matching;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The matching library is shared by the API, the indexer and screening, so it stays plain Java. */
@AnalyzeClasses(packages = "org.opensor.registry.matching", importOptions = ImportOption.DoNotIncludeTests.class)
class PlainJavaArchitectureTest {

    // failOnEmptyShould stays on (ArchUnit's default): the rule fails if it matches no class at all.
    @ArchTest
    static final ArchRule matchingDependsOnNoFrameworks = noClasses()
            .that()
            .resideInAPackage("org.opensor.registry.matching..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework..", "jakarta.persistence..");

    @ArchTest
    static final ArchRule featurePackagesHaveNoCycles =
            slices().matching("org.opensor.registry.matching.(*)..").should().beFreeOfCycles();
}
