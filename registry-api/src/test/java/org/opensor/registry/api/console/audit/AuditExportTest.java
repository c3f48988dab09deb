package org.opensor.registry.api.console.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Issue 25 item 6: audit entries as sentences, and the CSV export that cannot smuggle a formula into a spreadsheet. */
class AuditExportTest {

    private final AuditSentences sentences = new AuditSentences(messages());

    @Test
    void entriesReadAsSentencesInEitherLanguage() {
        assertThat(sentences.of(
                        "police",
                        "Police officer",
                        "GET /console/registrants/{id}",
                        "CASE-7 check",
                        "ALLOWED",
                        Locale.ENGLISH))
                .isEqualTo("police (Police officer) opened a registrant record because: CASE-7 check");
        assertThat(sentences.of(
                        "border",
                        "Border officer",
                        "GET /api/v1/registrants/{id}/photos/{photoId}",
                        null,
                        "DENIED",
                        Locale.ENGLISH))
                .isEqualTo("border (Border officer) looked at a registrant's photo. Access was refused.");
        assertThat(sentences.of(
                        "clerk",
                        "Court clerk",
                        "GET /console/registrants/{id}/record.pdf",
                        "CASE-9",
                        "ALLOWED",
                        Locale.forLanguageTag("km")))
                .startsWith("clerk (Court clerk) បាននាំចេញកំណត់ត្រា")
                .contains("ដោយសារ៖ CASE-9");
        assertThat(sentences.of("x", null, "DELETE /somewhere", null, "REJECTED", Locale.ENGLISH))
                .isEqualTo("x (—) made the request DELETE /somewhere. The request was refused as invalid.");
    }

    @Test
    void theCsvQuotesWhatNeedsQuotingAndDefusesFormulas() {
        String csv = AuditCsv.of(
                List.of(List.of("1", "=HYPERLINK(\"http://evil\")", "a,b", "line\nbreak", "@SUM(A1)", "-2", "plain")));

        assertThat(csv)
                .startsWith(AuditCsv.HEADER + "\r\n")
                .contains("1,\"'=HYPERLINK(\"\"http://evil\"\")\",\"a,b\",\"line\nbreak\",'@SUM(A1),'-2,plain\r\n");
    }

    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames("i18n/record");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
