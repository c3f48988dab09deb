package org.opensor.registry.api.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The append-only, hash-chained audit trail in PostgreSQL ({@code registry.audit_event}). */
@Repository
public class AuditTrail {

    private static final long CHAIN_LOCK = 0x6175646974L; // "audit"
    private final JdbcClient jdbc;

    AuditTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored entry with its place in the chain. */
    public record StoredEntry(long position, AuditEntry entry, String previousHash, String hash) {
    }

    /** Appends one entry; one writer at a time (advisory lock), so positions and hashes form one chain. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public long append(AuditEntry entry) {
        AuditEntry stored = new AuditEntry(entry.occurredAt().truncatedTo(ChronoUnit.MICROS), entry.actor(), entry.role(),
                entry.action(), entry.recordId(), entry.purpose(), entry.clientAddress(), entry.outcome(), entry.httpStatus());
        jdbc.sql("select pg_advisory_xact_lock(:lock)").param("lock", CHAIN_LOCK).query(Object.class).single();
        String previous = jdbc.sql("select hash from registry.audit_event order by position desc limit 1")
                .query(String.class).optional().orElse(AuditHash.GENESIS);
        long position = jdbc.sql("select nextval('registry.audit_event_position')").query(Long.class).single();
        jdbc.sql("""
                insert into registry.audit_event (position, occurred_at, actor, role, action, record_id, purpose, client_address,
                                                  outcome, http_status, previous_hash, hash)
                values (:position, :at, :actor, :role, :action, :record, :purpose, :client, :outcome, :status, :previous, :hash)
                """)
                .param("position", position).param("at", Timestamp.from(stored.occurredAt())).param("actor", stored.actor())
                .param("role", stored.role()).param("action", stored.action()).param("record", stored.recordId())
                .param("purpose", stored.purpose()).param("client", stored.clientAddress()).param("outcome", stored.outcome())
                .param("status", stored.httpStatus()).param("previous", previous)
                .param("hash", AuditHash.of(position, stored, previous))
                .update();
        return position;
    }

    /** Entries matching the filter, newest first. */
    @Transactional(readOnly = true)
    public List<StoredEntry> find(AuditQuery query) {
        return jdbc.sql("""
                select * from registry.audit_event
                where (cast(:actor as text) is null or actor = :actor)
                  and (cast(:record as text) is null or record_id = :record)
                  and (cast(:action as text) is null or strpos(lower(action), lower(cast(:action as text))) > 0)
                  and (cast(:outcome as text) is null or outcome = :outcome)
                  and (cast(:from as timestamptz) is null or occurred_at >= :from)
                  and (cast(:to as timestamptz) is null or occurred_at < :to)
                order by position desc limit :limit offset :offset
                """)
                .param("actor", query.actor()).param("record", query.recordId()).param("action", query.action())
                .param("outcome", query.outcome())
                .param("from", query.from() == null ? null : Timestamp.from(query.from()))
                .param("to", query.to() == null ? null : Timestamp.from(query.to()))
                .param("limit", query.size()).param("offset", (long) query.page() * query.size())
                .query((rs, n) -> map(rs)).list();
    }

    /** Walks the whole chain in order and reports the first entry that does not match its hash or its predecessor. */
    @Transactional(readOnly = true)
    public ChainVerification verify() {
        long[] checked = {0};
        String[] expectedPrevious = {AuditHash.GENESIS};
        ChainVerification[] broken = {null};
        jdbc.sql("select * from registry.audit_event order by position").query(rs -> {
            if (broken[0] != null) {
                return;
            }
            StoredEntry stored = map(rs);
            checked[0]++;
            if (!stored.previousHash().equals(expectedPrevious[0])) {
                broken[0] = ChainVerification.broken(checked[0], stored.position(),
                        "the entry before position " + stored.position() + " was removed or changed (previous hash does not match)");
            } else if (!AuditHash.of(stored.position(), stored.entry(), stored.previousHash()).equals(stored.hash())) {
                broken[0] = ChainVerification.broken(checked[0], stored.position(),
                        "entry at position " + stored.position() + " was changed after it was written (its hash does not match its fields)");
            }
            expectedPrevious[0] = stored.hash();
        });
        return broken[0] != null ? broken[0] : ChainVerification.intact(checked[0]);
    }

    private static StoredEntry map(ResultSet rs) throws SQLException {
        Instant at = rs.getTimestamp("occurred_at").toInstant();
        AuditEntry entry = new AuditEntry(at, rs.getString("actor"), rs.getString("role"), rs.getString("action"),
                rs.getString("record_id"), rs.getString("purpose"), rs.getString("client_address"), rs.getString("outcome"),
                rs.getInt("http_status"));
        return new StoredEntry(rs.getLong("position"), entry, rs.getString("previous_hash"), rs.getString("hash"));
    }
}
