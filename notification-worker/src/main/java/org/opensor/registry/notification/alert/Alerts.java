package org.opensor.registry.notification.alert;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.opensor.registry.events.envelope.EventCodec;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Alerts in {@code notification.alert}, with their recipients in {@code notification.alert_recipient}. */
@Repository
class Alerts {

    private final JdbcClient jdbc;

    Alerts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An alert as the escalation needs it. */
    record Overdue(UUID alertId, String severity, Instant acknowledgeBy, WebhookBody.Data data) {}

    /** @return false when the same source event and rule already issued this alert (a redelivery) */
    boolean insert(
            UUID alertId,
            UUID sourceEventId,
            String rule,
            String type,
            String severity,
            UUID registrantId,
            List<String> recipients,
            String reason,
            String rationale,
            Instant acknowledgeBy,
            WebhookBody.Data data,
            Instant now) {
        // The alert and its recipients in one statement (one round trip): the recipients are written only when the
        // alert is. Their key (source event, rule, recipient): the same source event never yields the same alert twice.
        int added = jdbc.sql("""
                with added as (
                    insert into notification.alert (alert_id, source_event_id, rule_id, alert_type, severity, registrant_id, recipients,
                        reason, rationale, acknowledge_by, state, data, created_at)
                    values (:id, :source, :rule, :type, :severity, :registrant, :recipients, :reason, :rationale, :ackBy, 'ISSUED',
                        cast(:data as jsonb), :now)
                    on conflict (source_event_id, rule_id) do nothing
                    returning alert_id),
                recipients as (
                    insert into notification.alert_recipient (source_event_id, rule_id, recipient, alert_id)
                    select :source, :rule, recipient, added.alert_id from added, unnest(cast(:recipients as text[])) as recipient)
                select count(*) from added
                """)
                .param("id", alertId)
                .param("source", sourceEventId)
                .param("rule", rule)
                .param("type", type)
                .param("severity", severity)
                .param("registrant", registrantId)
                .param("recipients", recipients.toArray(String[]::new))
                .param("reason", reason)
                .param("rationale", rationale)
                .param("ackBy", Timestamp.from(acknowledgeBy))
                .param("data", new String(EventCodec.write(data), StandardCharsets.UTF_8))
                .param("now", Timestamp.from(now))
                .query(Integer.class)
                .single();
        if (added == 0) {
            return false;
        }
        return true;
    }

    void markDelivered(UUID alertId, Instant at) {
        jdbc.sql(
                        "update notification.alert set state = 'DELIVERED', delivered_at = :at where alert_id = :id and state = 'ISSUED'")
                .param("id", alertId)
                .param("at", Timestamp.from(at))
                .update();
    }

    /** @return false when there is no such alert or it was acknowledged already */
    boolean acknowledge(UUID alertId, String by, Instant at) {
        return jdbc.sql("""
                update notification.alert set state = 'ACKNOWLEDGED', acknowledged_at = :at, acknowledged_by = :by
                where alert_id = :id and state <> 'ACKNOWLEDGED'
                """)
                        .param("id", alertId)
                        .param("by", by)
                        .param("at", Timestamp.from(at))
                        .update()
                == 1;
    }

    /** Unacknowledged, unescalated alerts past their deadline, locked for this transaction. */
    List<Overdue> lockOverdue(Instant now, int limit) {
        return jdbc.sql("""
                select alert_id, severity, acknowledge_by, data::text as data from notification.alert
                where state in ('ISSUED', 'DELIVERED') and acknowledge_by < :now
                order by acknowledge_by limit :limit for update skip locked
                """)
                .param("now", Timestamp.from(now))
                .param("limit", limit)
                .query((rs, n) -> new Overdue(
                        rs.getObject("alert_id", UUID.class),
                        rs.getString("severity"),
                        rs.getTimestamp("acknowledge_by").toInstant(),
                        EventCodec.read(rs.getString("data").getBytes(StandardCharsets.UTF_8), WebhookBody.Data.class)))
                .list();
    }

    /** Alerts past their acknowledgement deadline and not acknowledged, escalated or not. */
    long countOverdue(Instant now) {
        return jdbc.sql(
                        "select count(*) from notification.alert where state in ('ISSUED', 'DELIVERED', 'ESCALATED') and acknowledge_by < :now")
                .param("now", Timestamp.from(now))
                .query(Long.class)
                .single();
    }

    void markEscalated(UUID alertId, Instant at) {
        jdbc.sql("update notification.alert set state = 'ESCALATED', escalated_at = :at where alert_id = :id")
                .param("id", alertId)
                .param("at", Timestamp.from(at))
                .update();
    }
}
