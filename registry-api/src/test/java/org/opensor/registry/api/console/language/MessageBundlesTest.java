package org.opensor.registry.api.console.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.opensor.registry.api.charge.BailCondition;
import org.opensor.registry.api.charge.BailDecision;
import org.opensor.registry.api.charge.ChargeOutcome;
import org.opensor.registry.api.console.ConsoleNavigationKeys;
import org.opensor.registry.api.custody.CustodyEventType;
import org.opensor.registry.api.custody.CustodyStatus;
import org.opensor.registry.api.extradition.ExtraditionAssessment;
import org.opensor.registry.api.extradition.ForeignRequest;
import org.opensor.registry.api.place.AddressKind;
import org.opensor.registry.api.registrant.ChangeKind;
import org.opensor.registry.api.registrant.DocumentType;
import org.opensor.registry.api.registrant.Sex;
import org.opensor.registry.api.registration.ComplianceStatus;
import org.opensor.registry.api.registration.RegistrationStatus;
import org.opensor.registry.api.registration.RegistrationTier;
import org.opensor.registry.api.registration.VerificationOutcome;
import org.opensor.registry.api.security.Role;
import org.opensor.registry.api.statute.OffenceCategory;
import org.opensor.registry.api.travel.TravelNoticeState;

/**
 * Issue 25: a Khmer-speaking officer must never meet a missing text (Spring would show the key, or English). Every
 * bundle listed in {@code spring.messages.basename} has the same keys in English and Khmer, the Khmer ones are
 * written in Khmer script, every key a template names exists, and every constant a page shows has its words.
 */
class MessageBundlesTest {

    private static final Path RESOURCES = Path.of("src", "main", "resources");
    private static final Pattern KHMER = Pattern.compile("[\\u1780-\\u17FF]");
    /** {@code #{key}} or {@code #{key(args)}} with a literal key; computed keys ({@code #{${...}}}) are checked below. */
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z][A-Za-z0-9_.-]*)");

    @Test
    void theConsoleBundleIsListed() throws IOException {
        assertThat(basenames()).contains("i18n/console");
    }

    @Test
    void everyBundleHasTheSameKeysInEnglishAndKhmer() throws IOException {
        for (String basename : presentBasenames()) {
            Set<String> english = load(basename + ".properties").stringPropertyNames();
            Set<String> khmer = load(basename + "_km.properties").stringPropertyNames();
            assertThat(new TreeSet<>(khmer))
                    .as("keys of %s_km.properties", basename)
                    .containsExactlyElementsOf(new TreeSet<>(english));
        }
    }

    @Test
    void everyKhmerTextIsWrittenInKhmer() throws IOException {
        List<String> notKhmer = new ArrayList<>();
        for (String basename : presentBasenames()) {
            Properties khmer = load(basename + "_km.properties");
            khmer.stringPropertyNames().stream()
                    // a text with no words at all (only placeholders, or empty) is the same in every language
                    .filter(k -> khmer.getProperty(k).matches("(?s).*\\p{IsAlphabetic}.*")
                            && !khmer.getProperty(k).replaceAll("\\{\\d+}", "").isBlank())
                    .filter(k -> !KHMER.matcher(khmer.getProperty(k)).find())
                    .forEach(notKhmer::add);
        }
        assertThat(notKhmer)
                .as("Khmer texts with no Khmer letter (copied English?)")
                .isEmpty();
    }

    @Test
    void everyKeyATemplateNamesExists() throws IOException {
        Set<String> known = allKeys();
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> templates = Files.walk(RESOURCES.resolve("templates"))) {
            for (Path template :
                    templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher keys = TEMPLATE_KEY.matcher(Files.readString(template));
                while (keys.find()) {
                    if (!known.contains(keys.group(1))) {
                        missing.add(keys.group(1) + " (" + template.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(missing).as("keys templates use that no bundle has").isEmpty();
    }

    @Test
    void everyConstantAPageShowsHasItsWords() throws IOException {
        Set<String> known = allKeys();
        List<String> wanted = new ArrayList<>();
        Stream.of(
                        DocumentType.values(),
                        Sex.values(),
                        ChangeKind.values(),
                        CustodyEventType.values(),
                        CustodyStatus.values(),
                        VerificationOutcome.values(),
                        ComplianceStatus.values(),
                        RegistrationStatus.values(),
                        RegistrationTier.values(),
                        TravelNoticeState.values(),
                        OffenceCategory.values(),
                        AddressKind.values())
                .flatMap(Arrays::stream)
                .forEach(constant -> wanted.add("enum." + ((Enum<?>) constant).name()));
        Arrays.stream(Role.values()).forEach(role -> wanted.add("role." + role.name()));
        Stream.of(
                        "TRAVEL_NOTICE",
                        "UNDECLARED_TRAVEL",
                        "TRAVEL_WHILE_RESTRAINED",
                        "CUSTODY_RELEASE",
                        "FOREIGN_NATIONAL_RELEASE")
                .forEach(type -> wanted.add("alert.type." + type));
        Stream.of("CRITICAL", "URGENT", "ROUTINE").forEach(severity -> wanted.add("alert.severity." + severity));
        Stream.of("OPEN", "ESCALATED", "ACKNOWLEDGED").forEach(state -> wanted.add("alert.state." + state));
        Arrays.stream(BailDecision.values()).forEach(bail -> wanted.add("charge.bail." + bail.name()));
        Arrays.stream(BailCondition.values()).forEach(condition -> wanted.add("charge.condition." + condition.name()));
        Arrays.stream(ChargeOutcome.values()).forEach(outcome -> wanted.add("charge.outcome." + outcome.name()));
        Arrays.stream(ForeignRequest.Kind.values()).forEach(kind -> wanted.add("foreign.kind." + kind.name()));
        Arrays.stream(ExtraditionAssessment.Finding.values())
                .forEach(finding -> wanted.add("foreign.finding." + finding.name()));
        Stream.of("double-criminality", "minimum-penalty", "treaty", "nationality")
                .forEach(criterion -> {
                    wanted.add("foreign.criterion." + criterion);
                    Arrays.stream(ExtraditionAssessment.Finding.values())
                            .forEach(finding -> wanted.add("foreign.explain." + criterion + "." + finding.name()));
                });
        Arrays.stream(ExtraditionAssessment.Reason.values())
                .forEach(reason -> wanted.add("foreign.reason." + reason.name()));
        Stream.of(ExtraditionAssessment.TREATY_THRESHOLD, ExtraditionAssessment.TWO_YEAR_MINIMUM)
                .forEach(word -> wanted.add("foreign.reason.word." + word));
        Stream.of("MAY_BE_EXTRADITED", "NOT_EXTRADITABLE", "INCOMPLETE")
                .forEach(outcome -> wanted.add("foreign.outcome." + outcome));
        Stream.of("ALLOWED", "REJECTED", "DENIED", "UNAUTHENTICATED", "FAILED")
                .forEach(outcome -> wanted.add("audit.outcome." + outcome));
        Stream.of("OUTSIDE_WORKING_HOURS", "MANY_READS_WITHOUT_FOLLOW_UP", "PURPOSE_NEVER_USED_AGAIN")
                .forEach(pattern -> {
                    wanted.add("misuse.pattern." + pattern);
                    wanted.add("misuse.detail." + pattern);
                });
        Arrays.stream(org.opensor.registry.notification.adminapi.AlertType.values())
                .forEach(type -> {
                    wanted.add("subscription.alertType." + type.name());
                    wanted.add("subscription.alertType." + type.name() + ".hint");
                });
        wanted.addAll(ConsoleNavigationKeys.all());
        assertThat(wanted).as("constants and menu entries without words").allMatch(known::contains);
    }

    private static Set<String> allKeys() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (String basename : presentBasenames()) {
            keys.addAll(load(basename + ".properties").stringPropertyNames());
        }
        return keys;
    }

    /**
     * The listed bundles this checkout has: the record bundle arrives with the record pages' branch; once it is
     * here it is held to the same rules. The console bundle must always be here.
     */
    private static List<String> presentBasenames() throws IOException {
        List<String> present = basenames().stream()
                .filter(b -> Files.exists(RESOURCES.resolve(b + ".properties")))
                .toList();
        assertThat(present).contains("i18n/console");
        return present;
    }

    private static List<String> basenames() throws IOException {
        Matcher line = Pattern.compile("(?m)^\\s+basename:\\s*(\\S+)")
                .matcher(Files.readString(RESOURCES.resolve("application.yml")));
        assertThat(line.find())
                .as("spring.messages.basename in application.yml")
                .isTrue();
        return Arrays.stream(line.group(1).split(",")).map(String::strip).toList();
    }

    private static Properties load(String file) throws IOException {
        Path path = RESOURCES.resolve(file);
        assertThat(path).as("bundle file").exists();
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(path)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
