-- The transactional outbox that service-support's JdbcOutbox writes and KafkaOutboxRelay relays: written in the
-- same transaction as the change, relayed to Kafka afterwards in position order, purged after retention.
-- A service picks it up with spring.flyway.locations=classpath:db/migration,classpath:db/outbox (docs/architecture.md).
create table outbox_event (
    position     bigserial primary key,
    event_id     uuid        not null unique,
    topic        text        not null,
    event_key    text        not null,
    event_type   text        not null,
    source       text        not null,
    occurred_at  timestamptz not null,
    payload      jsonb       not null,
    published_at timestamptz
);
create index outbox_event_unpublished on outbox_event (position) where published_at is null;
