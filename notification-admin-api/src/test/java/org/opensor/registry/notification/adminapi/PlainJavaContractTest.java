package org.opensor.registry.notification.adminapi;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The worker and registry-api both read these types: they stay plain Java (failOnEmptyShould stays on). */
class PlainJavaContractTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.opensor.registry.notification.adminapi");

    @Test
    void theContractDependsOnNoFrameworkAndNoService() {
        noClasses()
                .that()
                .resideInAPackage("org.opensor.registry.notification.adminapi..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework..",
                        "tools.jackson..",
                        "com.fasterxml..",
                        "org.opensor.registry.api..",
                        "org.opensor.registry.notification.subscription..",
                        "org.opensor.registry.notification.delivery..")
                .check(classes);
    }
}
