-- The alert inbox: alerts issued by the notification worker (registry.alerts.v1) as border and police users see
-- and acknowledge them. The worker owns delivery and escalation; this is registry-api's own view.
create table alert (
    id                   uuid primary key,
    alert_type           text        not null,
    severity             text        not null,
    registrant_id        uuid        not null,
    recipients           jsonb       not null default '[]',
    reason               text        not null,
    rationale            text        not null,
    rule                 text        not null,
    source_event_id      uuid        not null,
    acknowledge_by       timestamptz not null,
    issued_at            timestamptz not null,
    state                text        not null check (state in ('OPEN', 'ESCALATED', 'ACKNOWLEDGED')),
    deliveries           int         not null default 0,
    escalated_at         timestamptz,
    acknowledged_by      text,
    acknowledged_at      timestamptz,
    acknowledgement_note text,
    updated_at           timestamptz not null
);
create index alert_state_issued on alert (state, issued_at desc);
create index alert_issued on alert (issued_at desc);

-- Events already taken in, by CloudEvents id: a redelivered event changes nothing.
create table received_event (
    event_id    uuid primary key,
    event_type  text        not null,
    topic       text        not null,
    received_at timestamptz not null
);
