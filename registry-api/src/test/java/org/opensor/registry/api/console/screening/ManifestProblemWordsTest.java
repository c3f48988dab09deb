package org.opensor.registry.api.console.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.opensor.registry.api.console.language.TestBundles;
import org.opensor.registry.matching.document.paxlst.PaxlstParser;
import org.opensor.registry.matching.document.paxlst.PaxlstProblem;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Issue 25 item 4: a manifest's problems keep the parser's English for the API, and the manifest page words each
 * from its code ({@code paxlst.<code>}) in the border officer's language, with the value as the airline sent it.
 */
class ManifestProblemWordsTest {

    /** A crew list with a date of birth that is no date, a sex code no standard has, and a wrong traveller count. */
    private static final String FAULTY = "UNB+UNOA:3+CARRIER+DESTINATION+260301:0600+CREW0042'"
            + "UNH+1+PAXLST:D:02B:UN:IATA'BGM+250+C'NAD+MS+++OPS'TDT+20+XY0123+++XY'LOC+125+SIN'"
            + "DTM+189:2603010800:201'LOC+87+PNH'DTM+232:2603010930:201'"
            + "NAD+FM+++NGUYEN:LAN'ATT+2++Q'DTM+329:85XX01'NAT+2+VNM'DOC+P+C1234567'"
            + "CNT+41:3'UNT+15+1'UNZ+1+CREW0042'";

    private final List<PaxlstProblem> problems = new PaxlstParser(
                    Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC))
            .parse(FAULTY)
            .allProblems();

    @Test
    void eachProblemReadsInKhmerFromItsCodeAndTheApiKeepsItsEnglish() {
        ResourceBundleMessageSource messages = TestBundles.of("i18n/console");

        List<String> khmer = problems.stream()
                .map(p ->
                        messages.getMessage("paxlst." + p.code(), p.arguments().toArray(), Locale.forLanguageTag("km")))
                .toList();

        assertThat(problems).extracting(PaxlstProblem::code).doesNotContain(PaxlstProblem.WORDED);
        assertThat(problems.toString()).contains("date of birth '85XX01' is not a date");
        assertThat(khmer)
                .contains("ថ្ងៃខែឆ្នាំកំណើត «85XX01» មិនមែនជាកាលបរិច្ឆេទទេ។", "ភេទ «Q» មិនមែនជា M, F, X ឬ U ទេ។")
                .allMatch(text -> text.matches("(?s).*[\\u1780-\\u17FF].*"));
    }

    /** The EDIFACT reader's own findings have codes too: a wrong segment count reads in Khmer, the count as sent. */
    @Test
    void theEdifactReadersOwnFindingsReadInKhmer() {
        ResourceBundleMessageSource messages = messages();
        List<PaxlstProblem> counted = new PaxlstParser(
                        Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC))
                .parse(FAULTY.replace("UNT+15+1'", "UNT+99+1'"))
                .allProblems();

        assertThat(counted).extracting(PaxlstProblem::code).doesNotContain(PaxlstProblem.WORDED);
        assertThat(counted)
                .filteredOn(p -> p.code().startsWith("edi."))
                .isNotEmpty()
                .allSatisfy(p -> assertThat(messages.getMessage(
                                "paxlst." + p.code(), p.arguments().toArray(), Locale.forLanguageTag("km")))
                        .matches("(?s).*[\\u1780-\\u17FF].*"));
    }

    /** Every error type of StAEDI has its words in both languages. */
    @Test
    void everyErrorTypeOfTheEdifactReaderIsWordedInBothLanguages() {
        ResourceBundleMessageSource messages = messages();
        for (io.xlate.edi.stream.EDIStreamValidationError type :
                io.xlate.edi.stream.EDIStreamValidationError.values()) {
            if (type == io.xlate.edi.stream.EDIStreamValidationError.NONE) {
                continue;
            }
            String khmer =
                    messages.getMessage("paxlst.edi." + type.name(), new Object[] {"X"}, Locale.forLanguageTag("km"));
            String english = messages.getMessage("paxlst.edi." + type.name(), new Object[] {"X"}, Locale.ENGLISH);
            assertThat(khmer).as(type.name()).matches("(?s).*[\\u1780-\\u17FF].*");
            assertThat(english).as(type.name()).doesNotContainPattern("[\\u1780-\\u17FF]");
        }
    }

    private static ResourceBundleMessageSource messages() {
        return TestBundles.of("i18n/console");
    }
}
