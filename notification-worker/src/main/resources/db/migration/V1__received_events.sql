-- Every event the worker has taken in, once: the event id is the idempotency key of every rule that follows.
create table received_event (
    event_id    uuid primary key,
    event_type  text        not null,
    subject     text        not null,
    topic       text        not null,
    kafka_partition int     not null,
    kafka_offset bigint     not null,
    received_at timestamptz not null
);
create index received_event_subject on received_event (subject);
