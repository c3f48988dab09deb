package org.opensor.registry.api.console.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Issue 25: one zone (Phnom Penh) for every time shown, named, and written as each language writes dates. */
class ConsoleDatesTest {

    private final ConsoleDates dates = new ConsoleDates(java.time.ZoneId.of("Asia/Phnom_Penh"));

    @Test
    void aTimeIsShownInPhnomPenhTimeInEitherLanguage() {
        Instant at = Instant.parse("2026-03-01T09:10:00Z"); // 16:10 in Phnom Penh

        assertThat(dates.dateTime(at, Locale.ENGLISH))
                .contains("16:10")
                .contains("Mar")
                .contains("2026");
        assertThat(dates.dateTime(at, Locale.forLanguageTag("km")))
                .contains("16:10")
                .containsPattern("[\\u1780-\\u17FF]");
    }

    @Test
    void theZoneIsNamedInTheReadersLanguage() {
        assertThat(dates.zoneName(Locale.ENGLISH)).isEqualTo("Indochina Time");
        assertThat(dates.zoneName(Locale.forLanguageTag("km"))).containsPattern("[\\u1780-\\u17FF]");
    }
}
