package org.opensor.registry.api.deregistration.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.opensor.registry.api.deregistration.Deregistration;
import org.opensor.registry.api.deregistration.DeregistrationReason;
import org.opensor.registry.api.deregistration.Deregistrations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** De-registration decisions in {@code registry.deregistration}. */
@Repository
class JdbcDeregistrations implements Deregistrations {

    private final JdbcClient jdbc;

    JdbcDeregistrations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean addIfNone(Deregistration d) {
        return jdbc.sql("""
                        insert into registry.deregistration (id, registrant_id, reason, note, state, proposed_by, proposed_at)
                        values (:id, :registrantId, :reason, :note, :state, :proposedBy, :proposedAt)
                        on conflict (registrant_id) do nothing""")
                        .param("id", d.id())
                        .param("registrantId", d.registrantId())
                        .param("reason", d.reason().name())
                        .param("note", d.note())
                        .param("state", d.state().name())
                        .param("proposedBy", d.proposedBy())
                        .param("proposedAt", Timestamp.from(d.proposedAt()))
                        .update()
                == 1;
    }

    @Override
    public Optional<Deregistration> ofRegistrant(UUID registrantId) {
        return jdbc.sql("select * from registry.deregistration where registrant_id = :id")
                .param("id", registrantId)
                .query(JdbcDeregistrations::row)
                .optional();
    }

    @Override
    public Optional<Deregistration> ofRegistrantForUpdate(UUID registrantId) {
        return jdbc.sql("select * from registry.deregistration where registrant_id = :id for update")
                .param("id", registrantId)
                .query(JdbcDeregistrations::row)
                .optional();
    }

    @Override
    public void update(Deregistration d) {
        jdbc.sql(
                        "update registry.deregistration set state = :state, approved_by = :approvedBy, approved_at = :approvedAt"
                                + " where id = :id")
                .param("id", d.id())
                .param("state", d.state().name())
                .param("approvedBy", d.approvedBy())
                .param("approvedAt", d.approvedAt() == null ? null : Timestamp.from(d.approvedAt()))
                .update();
    }

    @Override
    public List<Deregistration> approved(int page, int size) {
        return jdbc.sql("select * from registry.deregistration where state = 'APPROVED'"
                        + " order by approved_at desc, id limit :size offset :offset")
                .param("size", size)
                .param("offset", (long) page * size)
                .query(JdbcDeregistrations::row)
                .list();
    }

    @Override
    public long countApproved() {
        return jdbc.sql("select count(*) from registry.deregistration where state = 'APPROVED'")
                .query(Long.class)
                .single();
    }

    private static Deregistration row(ResultSet rs, int n) throws SQLException {
        return new Deregistration(
                rs.getObject("id", UUID.class),
                rs.getObject("registrant_id", UUID.class),
                DeregistrationReason.valueOf(rs.getString("reason")),
                rs.getString("note"),
                Deregistration.State.valueOf(rs.getString("state")),
                rs.getString("proposed_by"),
                rs.getTimestamp("proposed_at").toInstant(),
                rs.getString("approved_by"),
                instant(rs.getTimestamp("approved_at")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
