-- The answer to each POST sent with an Idempotency-Key, per account, so that a retried request is answered again
-- instead of being carried out twice. Kept for registry.requests.idempotency-key-retention (24 h), then purged.
create table idempotency_key (
    account         text        not null,
    idempotency_key text        not null,
    request_hash    text        not null,
    created_at      timestamptz not null,
    -- null while the first request with this key is still running
    status          int,
    content_type    text,
    location        text,
    etag            text,
    body            bytea,
    primary key (account, idempotency_key)
);
create index idempotency_key_created on idempotency_key (created_at);
