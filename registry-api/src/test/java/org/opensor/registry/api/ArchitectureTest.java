package org.opensor.registry.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Package-by-feature rules that can fail (failOnEmptyShould stays on). */
class ArchitectureTest {

    private static final String ROOT = "org.opensor.registry.api.";

    /** Subpackages that adapt a feature to a technology; they may use any feature's domain. */
    private static final Set<String> ADAPTERS = Set.of("web", "persistence", "kafka", "elasticsearch");

    /** Feature packages that hold domain types and services only: their adapters live in subpackages. */
    private static final List<String> DOMAIN = List.of(
            "registrant",
            "conviction",
            "custody",
            "registration",
            "place",
            "history",
            "statute",
            "refusal",
            "search",
            "restriction",
            "account",
            "screening");

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.opensor.registry.api");

    /**
     * A feature's domain and each of its adapters are slices of their own: {@code conviction.web} may call the
     * registrant service whose aggregate holds convictions, but two domains never depend on each other both ways.
     */
    @Test
    void featuresAndTheirAdaptersHaveNoCycles() {
        slices().assignedFrom(new FeaturesAndAdapters())
                .should()
                .beFreeOfCycles()
                .check(classes);
    }

    @Test
    void theDomainKnowsNothingOfHttpOrSql() {
        domainKnowsNoHttpOrSql(DOMAIN.stream()).check(classes);
    }

    /** The rule above can fail: pointed at adapter packages, it finds their SQL and HTTP. */
    @Test
    void theHttpAndSqlRuleFindsTheAdapters() {
        for (String adapter : List.of("account.persistence", "screening.persistence", "conviction.web")) {
            assertThat(domainKnowsNoHttpOrSql(Stream.of(adapter))
                            .evaluate(classes)
                            .hasViolation())
                    .as(adapter)
                    .isTrue();
        }
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

    private static ArchRule domainKnowsNoHttpOrSql(Stream<String> packages) {
        return noClasses()
                .that()
                .resideInAnyPackage(packages.map(p -> ROOT + p).toArray(String[]::new))
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework.web..",
                        "org.springframework.http..",
                        "jakarta.servlet..",
                        "org.springframework.jdbc..");
    }

    /** {@code api.X} and its plain subpackages are slice X; {@code api.X.web} (or another adapter) is slice X.web. */
    private static final class FeaturesAndAdapters implements SliceAssignment {

        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String name = javaClass.getPackageName();
            if (!name.startsWith(ROOT)) {
                return SliceIdentifier.ignore();
            }
            String[] parts = name.substring(ROOT.length()).split("\\.");
            return parts.length > 1 && ADAPTERS.contains(parts[1])
                    ? SliceIdentifier.of(parts[0] + "." + parts[1])
                    : SliceIdentifier.of(parts[0]);
        }

        @Override
        public String getDescription() {
            return "features and their adapters";
        }
    }
}
