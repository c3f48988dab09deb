package org.opensor.registry.api.idempotency;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The answers of POSTs sent with an {@code Idempotency-Key} ({@code registry.idempotency_key}). */
@Repository
class StoredAnswers {

    /** A key as stored: the hash of its first request and, once that request ended, its answer. */
    record StoredAnswer(
            String requestHash,
            Instant createdAt,
            Integer status,
            String contentType,
            String location,
            String etag,
            byte[] body) {

        boolean finished() {
            return status != null;
        }
    }

    private final JdbcClient jdbc;

    StoredAnswers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return true when this request is the first with the key (the unique key decides between concurrent ones) */
    boolean claim(String account, String key, String requestHash, Instant now) {
        return jdbc.sql("""
                insert into registry.idempotency_key (account, idempotency_key, request_hash, created_at)
                values (:account, :key, :hash, :now) on conflict do nothing
                """)
                        .param("account", account)
                        .param("key", key)
                        .param("hash", requestHash)
                        .param("now", Timestamp.from(now))
                        .update()
                == 1;
    }

    Optional<StoredAnswer> find(String account, String key) {
        return jdbc.sql("""
                select request_hash, created_at, status, content_type, location, etag, body
                from registry.idempotency_key where account = :account and idempotency_key = :key
                """)
                .param("account", account)
                .param("key", key)
                .query((rs, n) -> new StoredAnswer(
                        rs.getString(1),
                        rs.getTimestamp(2).toInstant(),
                        (Integer) rs.getObject(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getBytes(7)))
                .optional();
    }

    void finish(String account, String key, int status, String contentType, String location, String etag, byte[] body) {
        jdbc.sql("""
                update registry.idempotency_key set status = :status, content_type = :type, location = :location, etag = :etag, body = :body
                where account = :account and idempotency_key = :key
                """)
                .param("status", status)
                .param("type", contentType)
                .param("location", location)
                .param("etag", etag)
                .param("body", body)
                .param("account", account)
                .param("key", key)
                .update();
    }

    /** Frees the key of a request that failed on our side, so that the client's retry is carried out. */
    void release(String account, String key) {
        jdbc.sql(
                        "delete from registry.idempotency_key where account = :account and idempotency_key = :key and status is null")
                .param("account", account)
                .param("key", key)
                .update();
    }

    /** Forgets a key older than {@code before} (its answer is no longer given). */
    void forget(String account, String key, Instant before) {
        jdbc.sql(
                        "delete from registry.idempotency_key where account = :account and idempotency_key = :key and created_at < :before")
                .param("account", account)
                .param("key", key)
                .param("before", Timestamp.from(before))
                .update();
    }

    int purgeOlderThan(Instant before) {
        return jdbc.sql("delete from registry.idempotency_key where created_at < :before")
                .param("before", Timestamp.from(before))
                .update();
    }
}
