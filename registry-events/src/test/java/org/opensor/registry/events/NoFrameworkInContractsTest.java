package org.opensor.registry.events;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Event contracts are shared by every service: they must stay plain Java (failOnEmptyShould stays on). */
class NoFrameworkInContractsTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.opensor.registry.events");

    @Test
    void contractsDependOnNoSpringAndNoJpa() {
        noClasses()
                .that()
                .resideInAPackage("org.opensor.registry.events..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "jakarta.persistence..", "org.hibernate..")
                .check(classes);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("org.opensor.registry.events.(*)..")
                .should()
                .beFreeOfCycles()
                .check(classes);
    }
}
