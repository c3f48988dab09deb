package org.opensor.registry.api.audit;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends audit entries in group commits. The chain needs one writer at a time, and one transaction per entry
 * made every API call wait its turn for a commit (a disk flush): about 200 calls a second in all. Here the calls
 * that arrive while a commit is under way are written together in the next one, in arrival order, under the
 * same advisory lock, and each caller still waits until its own entry is committed (fail closed, as before).
 */
final class AuditWriter implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(AuditWriter.class);
    private static final long CHAIN_LOCK = 0x6175646974L; // "audit"
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private record Pending(AuditEntry entry, CompletableFuture<Long> position) {}

    /** The hash of the chain's last entry (null while it is empty) and the positions the next entries take. */
    private record ChainEnd(String hash, List<Long> positions) {}

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final Thread writer;
    private final int maxBatch;
    private final AuditKeys keys;

    /** @param maxBatch entries per commit at most; 1 writes one commit per entry (the old way, kept for comparison) */
    AuditWriter(JdbcClient jdbc, PlatformTransactionManager transactionManager, AuditKeys keys, int maxBatch) {
        this.jdbc = jdbc;
        this.keys = keys;
        this.maxBatch = Math.max(1, maxBatch);
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.writer = Thread.ofPlatform().daemon().name("audit-writer").start(this::run);
    }

    /** Blocks until the entry is committed; @return its position in the chain */
    long append(AuditEntry entry) {
        AuditEntry stored = new AuditEntry(
                entry.occurredAt().truncatedTo(ChronoUnit.MICROS),
                entry.actor(),
                entry.role(),
                entry.action(),
                entry.recordId(),
                entry.purpose(),
                entry.clientAddress(),
                entry.outcome(),
                entry.httpStatus());
        Pending pending = new Pending(stored, new CompletableFuture<>());
        queue.add(pending);
        try {
            return pending.position().get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the audit entry was written", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("the audit entry was not written within " + PATIENCE.toSeconds() + " s", e);
        }
    }

    private void run() {
        while (!Thread.currentThread().isInterrupted()) {
            List<Pending> batch = new ArrayList<>();
            try {
                batch.add(queue.take());
            } catch (InterruptedException e) {
                return;
            }
            queue.drainTo(batch, maxBatch - 1);
            try {
                List<Long> positions = transactions.execute(status -> write(batch));
                for (int i = 0; i < batch.size(); i++) {
                    batch.get(i).position().complete(positions.get(i));
                }
            } catch (Throwable e) {
                log.error("Audit entries could not be written ({} waiting calls are refused)", batch.size(), e);
                batch.forEach(p -> p.position().completeExceptionally(e));
            }
        }
    }

    private List<Long> write(List<Pending> batch) {
        jdbc.sql("select pg_advisory_xact_lock(:lock)")
                .param("lock", CHAIN_LOCK)
                .query(Object.class)
                .single();
        // The chain's end and the batch's positions in one statement (one round trip less per commit). It starts after
        // the lock is held, so it sees every entry another writer committed before.
        ChainEnd end = jdbc.sql("""
                        select (select hash from registry.audit_event order by position desc limit 1),
                               array(select nextval('registry.audit_event_position') from generate_series(1, :n))
                        """)
                .param("n", batch.size())
                .query((rs, row) -> new ChainEnd(
                        rs.getString(1), List.of((Long[]) rs.getArray(2).getArray())))
                .single();
        String previous = end.hash() == null ? AuditHash.GENESIS : end.hash();
        List<Long> positions = end.positions();
        String keyId = keys.currentId();
        for (int i = 0; i < batch.size(); i++) {
            AuditEntry entry = batch.get(i).entry();
            long position = positions.get(i);
            String hash = AuditHash.keyed(keys, keyId, position, entry, previous);
            jdbc.sql("""
                    insert into registry.audit_event (position, occurred_at, actor, role, action, record_id, purpose, client_address,
                                                      outcome, http_status, previous_hash, hash, key_id)
                    values (:position, :at, :actor, :role, :action, :record, :purpose, :client, :outcome, :status, :previous, :hash, :key)
                    """)
                    .param("position", position)
                    .param("at", Timestamp.from(entry.occurredAt()))
                    .param("actor", entry.actor())
                    .param("role", entry.role())
                    .param("action", entry.action())
                    .param("record", entry.recordId())
                    .param("purpose", entry.purpose())
                    .param("client", entry.clientAddress())
                    .param("outcome", entry.outcome())
                    .param("status", entry.httpStatus())
                    .param("previous", previous)
                    .param("hash", hash)
                    .param("key", keyId)
                    .update();
            previous = hash;
        }
        return positions;
    }

    @Override
    public void close() {
        writer.interrupt();
        queue.forEach(
                p -> p.position().completeExceptionally(new IllegalStateException("the application is stopping")));
    }
}
