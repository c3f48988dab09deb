package org.opensor.registry.api.console.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class AuditSearchFormTest {

    private static final ZoneId PHNOM_PENH = ZoneId.of("Asia/Phnom_Penh");

    @Test
    void theTimeRangeIsReadInTheRegistrysZone() {
        var form = new AuditSearchForm("admin", "", "accounts", "ALLOWED", "2026-03-01T09:00", "2026-03-01T17:00", 2);

        assertThat(form.problems(PHNOM_PENH)).isEmpty();
        var query = form.query(PHNOM_PENH, 50);
        assertThat(query.from()).isEqualTo(Instant.parse("2026-03-01T02:00:00Z"));
        assertThat(query.to()).isEqualTo(Instant.parse("2026-03-01T10:00:00Z"));
        assertThat(query.recordId()).isNull();
        assertThat(query.page()).isEqualTo(2);
        assertThat(form.firstOfNextPage(PHNOM_PENH, 50).page()).isEqualTo(150);
    }

    @Test
    void aWrongDateOrAnUnknownOutcomeIsNamedBesideItsField() {
        var form = new AuditSearchForm("", "", "", "MAYBE", "yesterday", "", 0);

        assertThat(form.problems(PHNOM_PENH))
                .containsEntry("outcome", "audit.error.outcome")
                .containsEntry("from", "audit.error.from");
    }

    /** Every form types its dates: a day alone, or a day and a time with a space, as well as a picker's T. */
    @Test
    void aTypedDayOrDayAndTimeIsRead() {
        var form = new AuditSearchForm("", "", "", "", "2026-03-01", "2026-03-01 17:00", 0);

        assertThat(form.problems(PHNOM_PENH)).isEmpty();
        assertThat(form.query(PHNOM_PENH, 50).from()).isEqualTo(Instant.parse("2026-02-28T17:00:00Z"));
        assertThat(form.query(PHNOM_PENH, 50).to()).isEqualTo(Instant.parse("2026-03-01T10:00:00Z"));
    }

    @Test
    void fromMustBeBeforeTo() {
        var form = new AuditSearchForm("", "", "", "", "2026-03-02T09:00", "2026-03-01T09:00", 0);

        assertThat(form.problems(PHNOM_PENH)).containsEntry("from", "audit.error.order");
    }
}
