package org.opensor.registry.api.console.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.opensor.registry.api.console.language.TestBundles;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Issue 25 item 6: audit entries as sentences, and the CSV export that cannot smuggle a formula into a spreadsheet. */
class AuditExportTest {

    private static final Locale KHMER = Locale.forLanguageTag("km");

    private final AuditSentences sentences = new AuditSentences(messages());

    @Test
    void anEntryReadsAsASentenceInEnglish() {
        assertThat(sentences.of(
                        "police",
                        "POLICE_OFFICER",
                        "GET /console/registrants/{id}",
                        "CASE-7 check",
                        "ALLOWED",
                        Locale.ENGLISH))
                .isEqualTo("Police officer police opened a registrant record because: CASE-7 check.");
        assertThat(sentences.of(
                        "border",
                        "BORDER_OFFICER",
                        "GET /api/v1/registrants/{id}/photos/{photoId}",
                        null,
                        "DENIED",
                        Locale.ENGLISH))
                .isEqualTo("Border officer border looked at a registrant's photo. Access was refused.");
        assertThat(sentences.of("x", null, "DELETE /somewhere", null, "REJECTED", Locale.ENGLISH))
                .isEqualTo("x (not signed in) made the request DELETE /somewhere. The request was refused as invalid.");
    }

    /** The auditor reads Khmer: the role, the deed and the "because" in Khmer, the typed purpose as typed. */
    @Test
    void anEntryReadsAsASentenceInKhmer() {
        assertThat(sentences.of(
                        "police",
                        "POLICE_OFFICER",
                        "POST /api/v1/identity-searches",
                        "CASE-9 សង្ស័យ",
                        "ALLOWED",
                        KHMER))
                .isEqualTo("មន្ត្រីនគរបាល police បានស្វែងរកបុគ្គល ដោយសារ៖ CASE-9 សង្ស័យ។");
        assertThat(sentences.of(
                        "clerk", "COURT_CLERK", "GET /console/registrants/{id}/record.pdf", null, "DENIED", KHMER))
                .isEqualTo("ក្រឡាបញ្ជីតុលាការ clerk បាននាំចេញកំណត់ត្រាអ្នកចុះបញ្ជីជា PDF។ ការចូលមើលត្រូវបានបដិសេធ។")
                .doesNotContainPattern("[A-Z]{3,}_");
    }

    /** Issue 25: the console's own pages read as deeds too, not as the route they were asked by. */
    @Test
    void theConsolesOwnPagesReadAsDeedsInKhmer() {
        assertThat(sentences.of("border", "BORDER_OFFICER", "GET /console", null, "ALLOWED", KHMER))
                .isEqualTo("មន្ត្រីប៉ុស្តិ៍ព្រំដែន border បានបើកទំព័រដើម។");
        assertThat(sentences.of("auditor", "AUDITOR", "GET /console/audit-events/verification", null, "ALLOWED", KHMER))
                .doesNotContain("/console")
                .contains("ផ្ទៀងផ្ទាត់ខ្សែសង្វាក់សវនកម្ម");
        assertThat(sentences.of(
                        "clerk", "COURT_CLERK", "POST /console/decrees/{id}/application", null, "ALLOWED", KHMER))
                .doesNotContain("/console");
    }

    /** Every way the audit chain can break is said in plain words in Khmer and in English, its facts filled in. */
    @Test
    void everyBreakOfTheChainIsWordedInBothLanguages() {
        ResourceBundleMessageSource messages = messages();
        Object[] facts = {412L, 6L, "6 Dec 2026 16:10:00", 5L};
        for (String code : org.opensor.registry.api.audit.ChainVerification.CODES) {
            String english = messages.getMessage("verify.reason." + code, facts, Locale.ENGLISH);
            String khmer = messages.getMessage("verify.reason." + code, facts, KHMER);
            assertThat(english).as(code).doesNotContain("{");
            assertThat(khmer)
                    .as(code)
                    .doesNotContain("{")
                    .matches("(?s).*[\\u1780-\\u17FF].*")
                    .doesNotContainPattern("\\b(entry|position|checkpoint|hash)\\b");
        }
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
        return TestBundles.of("i18n/console", "i18n/record");
    }
}
