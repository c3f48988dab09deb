package org.opensor.registry.api.audit;

import jakarta.annotation.PreDestroy;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;

/** The append-only, hash-chained audit trail in PostgreSQL ({@code registry.audit_event}). */
@Repository
public class AuditTrail {

    private final JdbcClient jdbc;
    private final AuditWriter writer;

    AuditTrail(JdbcClient jdbc, PlatformTransactionManager transactionManager,
               @Value("${registry.audit.max-batch:500}") int maxBatch) {
        this.jdbc = jdbc;
        this.writer = new AuditWriter(jdbc, transactionManager, maxBatch);
    }

    @PreDestroy
    void stop() {
        writer.close();
    }

    /** A stored entry with its place in the chain. */
    public record StoredEntry(long position, AuditEntry entry, String previousHash, String hash) {
    }

    /**
     * Appends one entry and returns once it is committed. Entries from concurrent calls are committed together
     * ({@link AuditWriter}); one writer at a time (advisory lock), so positions and hashes form one chain.
     */
    public long append(AuditEntry entry) {
        return writer.append(entry);
    }

    /** Entries matching the filter, newest first. */
    @Transactional(readOnly = true)
    public List<StoredEntry> find(AuditQuery query) {
        return jdbc.sql("""
                select * from registry.audit_event
                where (cast(:actor as text) is null or actor = :actor)
                  and (cast(:record as text) is null or record_id = :record or :record = any(string_to_array(record_id, ',')))
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
