package org.opensor.registry.api.alert.persistence;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.opensor.registry.api.alert.Alert;
import org.opensor.registry.api.alert.AlertFilter;
import org.opensor.registry.api.alert.AlertInbox;
import org.opensor.registry.api.alert.AlertOrder;
import org.opensor.registry.api.alert.AlertPage;
import org.opensor.registry.api.alert.AlertState;
import org.opensor.registry.api.restriction.Viewer;
import org.opensor.registry.api.restriction.persistence.RecordVisibility;
import org.opensor.registry.events.alert.AlertIssuedV1;
import org.opensor.registry.events.envelope.EventCodec;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The inbox in PostgreSQL; recipients are a JSON array so that one recipient can be filtered on. */
@Repository
class JdbcAlertInbox implements AlertInbox {

    private final JdbcClient jdbc;

    JdbcAlertInbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean recordFirstReceipt(UUID eventId, String type, String topic, Instant at) {
        return jdbc.sql("""
                insert into registry.received_event (event_id, event_type, topic, received_at) values (:id, :type, :topic, :at)
                on conflict (event_id) do nothing
                """)
                        .param("id", eventId)
                        .param("type", type)
                        .param("topic", topic)
                        .param("at", Timestamp.from(at))
                        .update()
                == 1;
    }

    @Override
    public boolean add(AlertIssuedV1 a, Instant at) {
        return jdbc.sql("""
                insert into registry.alert (id, alert_type, severity, registrant_id, recipients, reason, rationale, rule, source_event_id,
                    acknowledge_by, issued_at, state, updated_at, wording)
                values (:id, :type, :severity, :registrantId, cast(:recipients as jsonb), :reason, :rationale, :rule, :source,
                    :acknowledgeBy, :issuedAt, 'OPEN', :at, cast(:wording as jsonb))
                on conflict (id) do nothing
                """)
                        .param("id", a.alertId())
                        .param("type", a.alertType())
                        .param("severity", a.severity())
                        .param("registrantId", a.registrantId())
                        .param("recipients", new String(EventCodec.write(a.recipients()), StandardCharsets.UTF_8))
                        .param("reason", a.reason())
                        .param("rationale", a.rationale())
                        .param("rule", a.rule())
                        .param("source", a.sourceEventId())
                        .param("acknowledgeBy", Timestamp.from(a.acknowledgeBy()))
                        .param("issuedAt", Timestamp.from(a.issuedAt()))
                        .param("at", Timestamp.from(at))
                        .param(
                                "wording",
                                a.wording() == null
                                        ? null
                                        : new String(EventCodec.write(a.wording()), StandardCharsets.UTF_8))
                        .update()
                == 1;
    }

    @Override
    public Optional<Alert> find(UUID id) {
        return jdbc.sql("select * from registry.alert where id = :id")
                .param("id", id)
                .query(JdbcAlertInbox::row)
                .optional();
    }

    @Override
    public Optional<Alert> find(UUID id, Viewer viewer) {
        return jdbc.sql("select * from registry.alert where id = :id and "
                        + RecordVisibility.visibleTo("registry.alert.registrant_id"))
                .param("id", id)
                .param(RecordVisibility.UNIT_PARAMETER, viewer.unit())
                .query(JdbcAlertInbox::row)
                .optional();
    }

    @Override
    public Optional<Alert> findForUpdate(UUID id) {
        return jdbc.sql("select * from registry.alert where id = :id for update")
                .param("id", id)
                .query(JdbcAlertInbox::row)
                .optional();
    }

    @Override
    public void escalated(UUID id, Instant escalatedAt, Instant at) {
        jdbc.sql("""
                update registry.alert set state = case when state = 'ACKNOWLEDGED' then state else 'ESCALATED' end,
                    escalated_at = :escalatedAt, updated_at = :at where id = :id
                """)
                .param("id", id)
                .param("escalatedAt", Timestamp.from(escalatedAt))
                .param("at", Timestamp.from(at))
                .update();
    }

    @Override
    public void delivered(UUID id, Instant at) {
        jdbc.sql("update registry.alert set deliveries = deliveries + 1, updated_at = :at where id = :id")
                .param("id", id)
                .param("at", Timestamp.from(at))
                .update();
    }

    @Override
    public void acknowledged(UUID id, String by, String note, Instant acknowledgedAt, Instant at) {
        jdbc.sql("""
                update registry.alert set state = 'ACKNOWLEDGED', acknowledged_by = :by, acknowledgement_note = :note,
                    acknowledged_at = :acknowledgedAt, updated_at = :at where id = :id
                """)
                .param("id", id)
                .param("by", by)
                .param("note", note)
                .param("acknowledgedAt", Timestamp.from(acknowledgedAt))
                .param("at", Timestamp.from(at))
                .update();
    }

    private static final Map<AlertOrder, String> ORDER_BY = Map.of(
            AlertOrder.NEWEST_FIRST,
            "issued_at desc, id",
            AlertOrder.MOST_PRESSING_FIRST,
            "(state = 'ACKNOWLEDGED'), acknowledge_by, "
                    + "case severity when 'CRITICAL' then 0 when 'URGENT' then 1 else 2 end, issued_at desc, id");

    /**
     * By the event each alert was raised on: the outbox keeps every travel-notice event this service sent (with the
     * notice id in its payload) for the outbox retention, 7 days, which outlasts any alert still open on it.
     */
    @Override
    public List<UUID> openAboutNotice(UUID noticeId) {
        return jdbc.sql("""
                select a.id from registry.alert a join registry.outbox_event o on o.event_id = a.source_event_id
                where o.payload ->> 'noticeId' = :notice and a.state <> 'ACKNOWLEDGED' order by a.id
                """)
                .param("notice", noticeId.toString())
                .query(UUID.class)
                .list();
    }

    @Override
    public AlertPage list(AlertFilter filter, Viewer viewer, int page, int size, AlertOrder order) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        where.add(RecordVisibility.visibleTo("registry.alert.registrant_id"));
        params.put(RecordVisibility.UNIT_PARAMETER, viewer.unit());
        if (filter.state() != null) {
            where.add("state = :state");
            params.put("state", filter.state().name());
        }
        if (filter.severity() != null) {
            where.add("severity = :severity");
            params.put("severity", filter.severity());
        }
        if (filter.type() != null) {
            where.add("alert_type = :type");
            params.put("type", filter.type());
        }
        if (filter.recipient() != null) {
            where.add("recipients @> jsonb_build_array(cast(:recipient as text))");
            params.put("recipient", filter.recipient());
        }
        String condition = " where " + String.join(" and ", where);
        long total = jdbc.sql("select count(*) from registry.alert" + condition)
                .params(params)
                .query(Long.class)
                .single();
        params.put("limit", size);
        params.put("offset", (long) page * size);
        List<Alert> items = jdbc.sql("select * from registry.alert" + condition + " order by " + ORDER_BY.get(order)
                        + " limit :limit offset :offset")
                .params(params)
                .query(JdbcAlertInbox::row)
                .list();
        return new AlertPage(items, page, size, total);
    }

    private static Alert row(ResultSet rs, int n) throws SQLException {
        return new Alert(
                rs.getObject("id", UUID.class),
                rs.getString("alert_type"),
                rs.getString("severity"),
                rs.getObject("registrant_id", UUID.class),
                Arrays.asList(
                        EventCodec.read(rs.getString("recipients").getBytes(StandardCharsets.UTF_8), String[].class)),
                rs.getString("reason"),
                rs.getString("rationale"),
                rs.getString("rule"),
                instant(rs, "acknowledge_by"),
                instant(rs, "issued_at"),
                AlertState.valueOf(rs.getString("state")),
                instant(rs, "escalated_at"),
                rs.getString("acknowledged_by"),
                instant(rs, "acknowledged_at"),
                rs.getString("acknowledgement_note"),
                instant(rs, "updated_at"),
                wording(rs.getString("wording")));
    }

    /** The stored wording; one this version cannot read (written by a later one) leaves the English to be shown. */
    private static AlertIssuedV1.Wording wording(String json) {
        if (json == null) {
            return null;
        }
        try {
            return EventCodec.read(json.getBytes(StandardCharsets.UTF_8), AlertIssuedV1.Wording.class);
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
