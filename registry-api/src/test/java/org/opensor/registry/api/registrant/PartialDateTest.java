package org.opensor.registry.api.registrant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PartialDateTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @Test
    void keepsTheYearTheMonthOrTheDayAsKnown() {
        assertThat(PartialDate.parse("1971", "dob", TODAY)).isEqualTo(new PartialDate(1971, null, null));
        assertThat(PartialDate.parse("1971-03", "dob", TODAY).toString()).isEqualTo("1971-03");
        assertThat(PartialDate.parse(" 1971-03-12 ", "dob", TODAY).toString()).isEqualTo("1971-03-12");
        assertThat(PartialDate.parse("1971-03", "dob", TODAY).earliest()).isEqualTo(LocalDate.of(1971, 3, 1));
    }

    @Test
    void refusesImpossibleFutureAndMalformedDatesNamingTheFieldAndRule() {
        assertRefused("1971-02-30", "calendar-date");
        assertRefused("1971-13", "calendar-date");
        assertRefused("2027", "not-in-future");
        assertRefused("2026-12", "not-in-future");
        assertRefused("1850", "plausible-year");
        assertRefused("12/03/1971", "partial-date");
    }

    @Test
    void aPartlyKnownDateIsInTheFutureOnlyWhenItsFirstDayIs() {
        assertThat(PartialDate.parse("2026-11", "dob", TODAY).toString()).isEqualTo("2026-11");
        assertThat(PartialDate.parse("2026", "dob", TODAY).toString()).isEqualTo("2026");
    }

    private static void assertRefused(String text, String rule) {
        assertThatThrownBy(() -> PartialDate.parse(text, "aliases[1].dateOfBirth", TODAY))
                .isInstanceOfSatisfying(InvalidRegistrantData.class, e -> {
                    assertThat(e.rule()).isEqualTo(rule);
                    assertThat(e.field()).isEqualTo("aliases[1].dateOfBirth");
                });
    }
}
