package org.opensor.registry.api.audit;

import jakarta.annotation.PreDestroy;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.opensor.registry.events.audit.AuditCheckpointV1;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only, hash-chained audit trail in PostgreSQL ({@code registry.audit_event}); retention removes its oldest
 * entries only up to a signed checkpoint, from which verification then starts ({@link AuditAnchor}).
 */
@Repository
public class AuditTrail {

    private static final Logger log = LoggerFactory.getLogger(AuditTrail.class);

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
                            + ": it was edited or damaged; compare it with the archived copies",
                    "checkpointFileUnreadable",
                    String.valueOf(checkpoints.path()),
                    contents.unreadableLines().stream()
                            .map(String::valueOf)
                            .collect(java.util.stream.Collectors.joining(", ")));
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
                                + ") does not carry a valid signature: the checkpoint file was edited",
                        "checkpointSignatureInvalid",
                        checkpoint.position(),
                        checkpoint.signedAt());
            }
        }
        Optional<AuditAnchor> anchor = anchor();
        if (anchor.isPresent()) {
            Optional<ChainVerification> wrong = wrongAnchor(anchor.get(), signed);
            if (wrong.isPresent()) {
                return wrong.get();
            }
        }
        ChainWalk.Head start = anchor.map(AuditAnchor::head).orElse(ChainWalk.Head.GENESIS);
        ChainWalk walk = walkFrom(start, signed);
        jdbc.sql("select * from registry.audit_event where position > :p order by position")
                .param("p", start.position())
                .query(rs -> {
                    walk.accept(map(rs));
                });
        ChainVerification result = walk.result();
        return anchor.map(a -> result.anchoredAt(a.through())).orElse(result);
    }

    /**
     * Removes the entries written before {@code olderThan}, up to the newest signed checkpoint that has only such
     * entries behind it, and records the pruning signed with the chain key. Nothing is removed from a trail that does not
     * verify (it is evidence), nor the newest entry (the writer chains on to it).
     *
     * @return how many entries were removed
     */
    @Transactional
    public long pruneOlderThan(Instant olderThan, Instant now) {
        ChainVerification before = verify();
        if (!before.intact()) {
            log.warn(
                    "audit retention: the trail does not verify at position {}: nothing pruned",
                    before.brokenAtPosition());
            return 0;
        }
        long from = anchor().map(AuditAnchor::through).orElse(0L);
        Long newest = jdbc.sql("select max(position) from registry.audit_event")
                .query(Long.class)
                .optional()
                .orElse(null);
        if (newest == null) {
            return 0;
        }
        long limit = jdbc.sql("select min(position) from registry.audit_event where occurred_at >= :olderThan")
                .param("olderThan", Timestamp.from(olderThan))
                .query(Long.class)
                .optional()
                .orElse(newest);
        Optional<AuditCheckpointV1> through = checkpoints.read().checkpoints().stream()
                .filter(c -> c.position() > from && c.position() < limit)
                .max(java.util.Comparator.comparingLong(AuditCheckpointV1::position));
        if (through.isEmpty()) {
            return 0;
        }
        String keyId = keys.currentId();
        AuditAnchor unsigned = new AuditAnchor(
                through.get().position(),
                through.get().hash(),
                through.get().count(),
                0,
                olderThan.truncatedTo(ChronoUnit.MICROS),
                now.truncatedTo(ChronoUnit.MICROS),
                keyId,
                "-");
        return jdbc.sql(
                        "select registry.prune_audit_trail(:through, :hash, :count, :olderThan, :prunedAt, :keyId, :signature)")
                .param("through", unsigned.through())
                .param("hash", unsigned.hash())
                .param("count", unsigned.count())
                .param("olderThan", Timestamp.from(unsigned.olderThan()))
                .param("prunedAt", Timestamp.from(unsigned.prunedAt()))
                .param("keyId", keyId)
                .param("signature", keys.hmac(keyId, unsigned.signedContent()))
                .query(Long.class)
                .single();
    }

    /** The last pruning, whose anchor verification starts from; empty when the trail was never pruned. */
    Optional<AuditAnchor> anchor() {
        return jdbc.sql("select * from registry.audit_prune order by pruned_through desc limit 1")
                .query((rs, n) -> new AuditAnchor(
                        rs.getLong("pruned_through"),
                        rs.getString("anchor_hash"),
                        rs.getLong("anchor_count"),
                        rs.getLong("removed"),
                        rs.getTimestamp("older_than").toInstant(),
                        rs.getTimestamp("pruned_at").toInstant(),
                        rs.getString("key_id"),
                        rs.getString("signature")))
                .optional();
    }

    /** The head a whole-chain walk starts from: the last pruning's anchor, else the genesis. */
    ChainWalk.Head walkStart() {
        return anchor().map(AuditAnchor::head).orElse(ChainWalk.Head.GENESIS);
    }

    /** What is wrong with a pruning record: not signed with the chain key, or naming no signed checkpoint. */
    private Optional<ChainVerification> wrongAnchor(AuditAnchor anchor, List<AuditCheckpointV1> signed) {
        if (!keys.knows(anchor.keyId())
                || !keys.hmac(anchor.keyId(), anchor.signedContent()).equals(anchor.signature())) {
            return Optional.of(ChainVerification.broken(
                    0,
                    anchor.through() + 1,
                    "the record of the pruning through position " + anchor.through()
                            + " does not carry a valid signature: the trail was cut, or the record written, without the key",
                    "pruningSignatureInvalid",
                    anchor.through()));
        }
        boolean checkpointed = signed.stream()
                .anyMatch(c -> c.position() == anchor.through()
                        && c.hash().equals(anchor.hash())
                        && c.count() == anchor.count());
        if (!checkpointed) {
            return Optional.of(ChainVerification.broken(
                    0,
                    anchor.through() + 1,
                    "the pruning through position " + anchor.through()
                            + " names no signed checkpoint of that position, hash and count: the checkpoint file lacks"
                            + " it, or the record was changed",
                    "pruningWithoutCheckpoint",
                    anchor.through()));
        }
        return Optional.empty();
    }

    /** The chain's head after verifying every entry from {@code start} on (no checkpoints), or empty when one does not verify. */
    @Transactional(readOnly = true)
    Optional<ChainWalk.Head> verifiedHeadAfter(ChainWalk.Head start, long keyedFrom) {
        if (start.position() > 0) {
            String stored = jdbc.sql("select hash from registry.audit_event where position = :p")
                    .param("p", start.position())
                    .query(String.class)
                    .optional()
                    // a pruned head: only the last pruning's anchor stands for an entry no longer there
                    .orElseGet(() -> walkStart().equals(start) ? start.hash() : null);
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
