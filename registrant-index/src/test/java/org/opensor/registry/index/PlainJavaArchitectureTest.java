package org.opensor.registry.index;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The index contract is shared by the indexer and registry-api, so it stays plain Java. */
@AnalyzeClasses(packages = "org.opensor.registry.index", importOptions = ImportOption.DoNotIncludeTests.class)
class PlainJavaArchitectureTest {

    // failOnEmptyShould stays on (ArchUnit's default): the rule fails if it matches no class at all.
    @ArchTest
    static final ArchRule indexContractDependsOnNoFrameworks = noClasses()
            .that()
            .resideInAPackage("org.opensor.registry.index..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework..", "jakarta.persistence..", "co.elastic..");
}
