package org.opensor.registry.notification.travel;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.opensor.registry.events.envelope.EventCodec;
import org.opensor.registry.events.travel.TravelNoticeDeclaredV1;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Declared travel notices as the worker heard them ({@code notification.travel_notice}), to match border hits. */
@Repository
public class TravelNotices {

    private final JdbcClient jdbc;

    TravelNotices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a declared or amended notice; an amendment replaces the stored notice unless it was cancelled. */
    public void declared(TravelNoticeDeclaredV1 notice, Instant at) {
        jdbc.sql("""
                insert into notification.travel_notice (notice_id, registrant_id, notice, declared_at)
                values (:id, :registrant, cast(:notice as jsonb), :at)
                on conflict (notice_id) do update set notice = excluded.notice, declared_at = excluded.declared_at
                where notification.travel_notice.declared_at <= excluded.declared_at
                """)
                .param("id", notice.noticeId())
                .param("registrant", notice.registrantId())
                .param("notice", new String(EventCodec.write(notice), StandardCharsets.UTF_8))
                .param("at", Timestamp.from(at))
                .update();
    }

    public void cancelled(UUID noticeId, Instant at) {
        jdbc.sql(
                        "update notification.travel_notice set cancelled_at = :at where notice_id = :id and cancelled_at is null")
                .param("id", noticeId)
                .param("at", Timestamp.from(at))
                .update();
    }

    /** The registrant's notices that are not cancelled. */
    public List<TravelNoticeDeclaredV1> standing(UUID registrantId) {
        return jdbc
                .sql(
                        "select notice::text from notification.travel_notice where registrant_id = :id and cancelled_at is null")
                .param("id", registrantId)
                .query(String.class)
                .list()
                .stream()
                .map(json -> EventCodec.read(json.getBytes(StandardCharsets.UTF_8), TravelNoticeDeclaredV1.class))
                .toList();
    }
}
