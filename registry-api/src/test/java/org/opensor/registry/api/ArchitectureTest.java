package org.opensor.registry.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Package-by-feature rules that can fail (failOnEmptyShould stays on). */
class ArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.opensor.registry.api");

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("org.opensor.registry.api.(*)..")
                .should()
                .beFreeOfCycles()
                .check(classes);
    }

    @Test
    void theDomainKnowsNothingOfHttpOrSql() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "org.opensor.registry.api.registrant",
                        "org.opensor.registry.api.conviction",
                        "org.opensor.registry.api.custody",
                        "org.opensor.registry.api.registration",
                        "org.opensor.registry.api.place",
                        "org.opensor.registry.api.history",
                        "org.opensor.registry.api.statute",
                        "org.opensor.registry.api.rules",
                        "org.opensor.registry.api.search")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework.web..",
                        "org.springframework.http..",
                        "jakarta.servlet..",
                        "org.springframework.jdbc..")
                .check(classes);
    }

    @Test
    void theCustodyStateMachineAndTheRegistrationPolicyAreFreeOfSpringBeyondConfiguration() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "org.opensor.registry.api.custody",
                        "org.opensor.registry.api.conviction",
                        "org.opensor.registry.api.place")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..")
                .check(classes);
    }
}
