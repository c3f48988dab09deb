package org.opensor.registry.api.console.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.opensor.registry.api.console.language.TestBundles;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The live stream renders inbox rows outside any request, on the alert change listener's thread: the row
 * template must work without a web context, and each event's data must be one line.
 */
class AlertRowRenderingTest {

    /** Rows only for the thumbnails here: a mock answers none (photos are PhotoApiIT's and ConsoleRecordIT's). */
    private final ConsoleAlertStream stream =
            new ConsoleAlertStream(null, org.mockito.Mockito.mock(AlertRows.class), engine(), null, null);

    private final AlertRow row = new AlertRow(
            UUID.fromString("6f1c0d3e-0000-4000-8000-000000000001"),
            "UNDECLARED_TRAVEL",
            "Undeclared travel",
            "URGENT",
            "OPEN",
            "Undeclared arrival at PNH (KHM)",
            "The subject <b>is</b> on the register.",
            List.of("border-post:KHM:PNH"),
            UUID.fromString("6f1c0d3e-0000-4000-8000-000000000002"),
            "KEOVANNA Rithisak",
            "កែវ វណ្ណា",
            "1968-11-03",
            List.of("Passport N1234567 (KHM)"),
            "1 Mar 2026 16:00",
            "1 Mar 2026 16:10",
            true,
            null,
            null,
            null,
            "2026-03-01T09:10:00Z",
            true);

    @Test
    void aNewAlertIsOneRowOnOneLineWithItsAcknowledgeFormAndEscapedText() {
        String html =
                stream.render(row, true, new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "token-1"), Locale.ENGLISH);

        assertThat(html)
                .doesNotContain("\n")
                .startsWith("<tr")
                .contains("id=\"alert-6f1c0d3e-0000-4000-8000-000000000001\"")
                .contains("registry-new")
                .doesNotContain("hx-swap-oob")
                .contains("hx-post=\"/console/alerts/6f1c0d3e-0000-4000-8000-000000000001/acknowledgement\"")
                .contains("action=\"/console/alerts/6f1c0d3e-0000-4000-8000-000000000001/acknowledgement\"")
                .contains("name=\"_csrf\" value=\"token-1\"")
                .contains("href=\"/console/registrants/6f1c0d3e-0000-4000-8000-000000000002\"")
                .contains("lang=\"km\"")
                .contains("Overdue")
                .contains("The subject &lt;b&gt;is&lt;/b&gt; on the register.")
                .contains("data-deadline=\"2026-03-01T09:10:00Z\"")
                .contains("registry-countdown")
                .contains("name=\"ids\"")
                .contains("data-state-rank=\"0\"")
                .contains("data-row=\"alert-6f1c0d3e-0000-4000-8000-000000000001\"")
                .contains("id=\"reason-6f1c0d3e-0000-4000-8000-000000000001\"");
    }

    /** Issue 25: a Khmer desk gets its live rows in Khmer, the words from the bundles, never a constant. */
    @Test
    void aRowIsWrittenInTheLanguageItsPageWasOpenedIn() {
        String html = stream.render(
                row, true, new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "token-1"), Locale.forLanguageTag("km"));

        assertThat(html)
                .contains("បន្ទាន់")
                .contains("ហួសពេលកំណត់")
                .contains("បញ្ជាក់ថាបានទទួល")
                .doesNotContain(">URGENT<")
                .doesNotContain(">Acknowledge<")
                .doesNotContain("??");
    }

    /**
     * Issue 25: a reason and rationale worded from their codes are in the page's language, so nothing on the Khmer row
     * is marked English; an older alert's English is marked so a screen reader reads it as English.
     */
    @Test
    void onlyAReasonLeftInTheWorkersEnglishIsMarkedEnglish() {
        AlertRow worded = new AlertRow(
                row.id(),
                row.type(),
                "ការធ្វើដំណើរដោយមិនបានប្រកាស",
                row.severity(),
                row.state(),
                "ការចេញដំណើរដោយមិនបានប្រកាស នៅ PNH (កម្ពុជា)",
                "សូមបញ្ជាក់អត្តសញ្ញាណ ហើយរាយការណ៍លទ្ធផល។",
                row.recipients(),
                row.registrantId(),
                row.subjectName(),
                row.originalScriptName(),
                row.dateOfBirth(),
                row.documents(),
                row.issuedAt(),
                row.deadline(),
                false,
                null,
                null,
                null,
                row.deadlineAt(),
                false);
        DefaultCsrfToken token = new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "token-1");
        Locale khmer = Locale.forLanguageTag("km");

        String khmerRow = stream.render(worded, true, token, khmer);
        String olderRow = stream.render(row, true, token, khmer);

        assertThat(khmerRow)
                .contains("ការចេញដំណើរដោយមិនបានប្រកាស នៅ PNH (កម្ពុជា)")
                .contains("សូមបញ្ជាក់អត្តសញ្ញាណ")
                .doesNotContain("lang=\"en\"")
                .doesNotContain("lang=\"\"");
        assertThat(olderRow).contains("lang=\"en\"").contains("Undeclared arrival at PNH (KHM)");
    }

    @Test
    void aChangedAlertReplacesItsRowOutOfBand() {
        AlertRow acknowledged = new AlertRow(
                row.id(),
                row.type(),
                row.typeLabel(),
                row.severity(),
                "ACKNOWLEDGED",
                row.reason(),
                row.rationale(),
                row.recipients(),
                row.registrantId(),
                row.subjectName(),
                row.originalScriptName(),
                row.dateOfBirth(),
                row.documents(),
                row.issuedAt(),
                row.deadline(),
                false,
                "border",
                "1 Mar 2026 16:05",
                "seen",
                row.deadlineAt(),
                row.reasonInEnglish());

        String html = stream.render(
                acknowledged, false, new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "token-1"), Locale.ENGLISH);

        assertThat(html)
                .startsWith("<template><tr")
                .endsWith("</tr></template>")
                .contains("hx-swap-oob=\"true\"")
                // The desk takes a streamed row only when it is further on than the one it shows (issue 25).
                .contains("data-state-rank=\"2\"")
                .contains("id=\"reason-6f1c0d3e-0000-4000-8000-000000000001\"")
                .contains("Acknowledged")
                .contains("border")
                .doesNotContain("hx-post")
                .doesNotContain("registry-new");
    }

    private static SpringTemplateEngine engine() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setCharacterEncoding("UTF-8");
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        ResourceBundleMessageSource messages = TestBundles.of("i18n/console");
        engine.setTemplateEngineMessageSource(messages);
        return engine;
    }
}
