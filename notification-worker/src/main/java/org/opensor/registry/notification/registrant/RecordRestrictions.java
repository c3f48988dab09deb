package org.opensor.registry.notification.registrant;

import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.opensor.registry.events.registrant.RecordRestrictionChangedV1;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which registrants' records are restricted to which units ({@code notification.record_restriction}); the latest change wins. */
@Repository
public class RecordRestrictions {

    private final JdbcClient jdbc;

    RecordRestrictions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores the restriction unless a later change is already held; call inside the intake's transaction.
     *
     * @return whether it is now the restriction in force
     */
    public boolean apply(RecordRestrictionChangedV1 change) {
        return 1
                == jdbc.sql("""
                insert into notification.record_restriction (registrant_id, restricted_to_units, changed_at) values (:id, :units, :at)
                on conflict (registrant_id) do update set restricted_to_units = excluded.restricted_to_units, changed_at = excluded.changed_at
                where notification.record_restriction.changed_at <= excluded.changed_at
                """)
                        .param("id", change.registrantId())
                        .param("units", change.restrictedToUnits().toArray(String[]::new))
                        .param("at", Timestamp.from(change.changedAt()))
                        .update();
    }

    /** The units the registrant's record is restricted to; empty when it is not restricted. */
    public List<String> unitsOf(UUID registrantId) {
        return jdbc.sql("select restricted_to_units from notification.record_restriction where registrant_id = :id")
                .param("id", registrantId)
                .query((rs, n) -> Arrays.asList((String[]) rs.getArray(1).getArray()))
                .optional()
                .orElse(List.of());
    }
}
