package org.opensor.registry.api.audit;

import jakarta.annotation.PreDestroy;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.opensor.registry.events.audit.AuditCheckpointV1;
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
    private final AuditKeys keys;
    private final AuditCheckpointFile checkpoints;

    AuditTrail(
            JdbcClient jdbc,
            PlatformTransactionManager transactionManager,
            AuditKeys keys,
            AuditCheckpointFile checkpoints,
            @Value("${registry.audit.max-batch:500}") int maxBatch) {
        this.jdbc = jdbc;
        this.keys = keys;
        this.checkpoints = checkpoints;
        this.writer = new AuditWriter(jdbc, transactionManager, keys, maxBatch);
    }

    @PreDestroy
    void stop() {
        writer.close();
    }

    /**
     * A stored entry with its place in the chain.
     *
     * @param keyId the key its hash is keyed with, or null for an entry of the unkeyed epoch (written before V62)
     */
    public record StoredEntry(long position, AuditEntry entry, String previousHash, String hash, String keyId) {}

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
                .param("actor", query.actor())
                .param("record", query.recordId())
                .param("action", query.action())
                .param("outcome", query.outcome())
                .param("from", query.from() == null ? null : Timestamp.from(query.from()))
                .param("to", query.to() == null ? null : Timestamp.from(query.to()))
                .param("limit", query.size())
                .param("offset", (long) query.page() * query.size())
                .query((rs, n) -> map(rs))
                .list();
    }

    /**
     * Walks the whole chain in order and reports the first entry that does not match its hash or its predecessor, or
     * where the trail stops matching the signed checkpoints kept outside the database.
     */
    @Transactional(readOnly = true)
    public ChainVerification verify() {
        AuditCheckpointFile.Contents contents = checkpoints.read();
        if (!contents.unreadableLines().isEmpty()) {
            return ChainVerification.broken(
                    0,
                    0,
                    "the checkpoint file " + checkpoints.path() + " has unreadable lines " + contents.unreadableLines()
                            + ": it was edited or damaged; compare it with the archived copies");
        }
        List<AuditCheckpointV1> signed = contents.checkpoints();
        for (AuditCheckpointV1 checkpoint : signed) {
            if (!keys.knows(checkpoint.keyId())
                    || !keys.hmac(checkpoint.keyId(), checkpoint.signedContent())
                            .equals(checkpoint.signature())) {
                return ChainVerification.broken(
                        0,
                        checkpoint.position(),
                        "the checkpoint of position " + checkpoint.position() + " (signed " + checkpoint.signedAt()
                                + ") does not carry a valid signature: the checkpoint file was edited");
            }
        }
        ChainWalk walk = walkFrom(ChainWalk.Head.GENESIS, signed);
        jdbc.sql("select * from registry.audit_event order by position").query(rs -> {
            walk.accept(map(rs));
        });
        return walk.result();
    }

    /** The chain's head after verifying every entry from {@code start} on (no checkpoints), or empty when one does not verify. */
    @Transactional(readOnly = true)
    Optional<ChainWalk.Head> verifiedHeadAfter(ChainWalk.Head start, long keyedFrom) {
        if (start.position() > 0) {
            String stored = jdbc.sql("select hash from registry.audit_event where position = :p")
                    .param("p", start.position())
                    .query(String.class)
                    .optional()
                    .orElse(null);
            if (!start.hash().equals(stored)) {
                return Optional.empty();
            }
        }
        ChainWalk walk = new ChainWalk(keys, keyedFrom, "as last verified", start, List.of());
        boolean[] intact = {true};
        jdbc.sql("select * from registry.audit_event where position > :p order by position")
                .param("p", start.position())
                .query(rs -> {
                    if (intact[0]) {
                        intact[0] = walk.accept(map(rs));
                    }
                });
        return intact[0] ? Optional.of(walk.head()) : Optional.empty();
    }

    /** The first position whose entry must be keyed: the latest signed checkpoint says so, else the database (V62). */
    long keyedFrom(List<AuditCheckpointV1> signed) {
        return signed.stream()
                .max(java.util.Comparator.comparingLong(AuditCheckpointV1::position))
                .map(AuditCheckpointV1::keyedFrom)
                .orElseGet(this::keyedFromInDatabase);
    }

    private long keyedFromInDatabase() {
        // Missing, the whole chain must be keyed: removing the row cannot turn keyed entries into unkeyed ones.
        return jdbc.sql("select keyed_from from registry.audit_chain")
                .query(Long.class)
                .optional()
                .orElse(1L);
    }

    private ChainWalk walkFrom(ChainWalk.Head start, List<AuditCheckpointV1> signed) {
        String source = signed.isEmpty()
                ? "as recorded in the database when keyed hashes were introduced"
                : "as the latest signed checkpoint says";
        return new ChainWalk(keys, keyedFrom(signed), source, start, signed);
    }

    private static StoredEntry map(ResultSet rs) throws SQLException {
        Instant at = rs.getTimestamp("occurred_at").toInstant();
        AuditEntry entry = new AuditEntry(
                at,
                rs.getString("actor"),
                rs.getString("role"),
                rs.getString("action"),
                rs.getString("record_id"),
                rs.getString("purpose"),
                rs.getString("client_address"),
                rs.getString("outcome"),
                rs.getInt("http_status"));
        return new StoredEntry(
                rs.getLong("position"),
                entry,
                rs.getString("previous_hash"),
                rs.getString("hash"),
                rs.getString("key_id"));
    }
}
