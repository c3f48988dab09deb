-- The facts the rules need about a registrant, projected from registry.registrants.v1 (highest version wins).
create table registrant_fact (
    registrant_id      uuid primary key,
    version            bigint      not null,
    family_name        text,
    given_names        text,
    nationalities      text[]      not null default '{}',
    custody_status     text,
    residence_country  text,
    residence_district text,
    updated_at         timestamptz not null
);

-- Declared travel notices from registry.travel.v1, kept to decide whether a border hit was declared.
create table travel_notice (
    notice_id     uuid primary key,
    registrant_id uuid        not null,
    notice        jsonb       not null,
    declared_at   timestamptz not null,
    cancelled_at  timestamptz
);
create index travel_notice_registrant on travel_notice (registrant_id) where cancelled_at is null;

-- Alerts issued by the rules. One per source event and rule; acknowledgement deadline drives escalation.
create table alert (
    alert_id        uuid primary key,
    source_event_id uuid        not null,
    rule_id         text        not null,
    alert_type      text        not null,
    severity        text        not null check (severity in ('ROUTINE', 'URGENT', 'CRITICAL')),
    registrant_id   uuid        not null,
    recipients      text[]      not null,
    reason          text        not null,
    rationale       text        not null,
    acknowledge_by  timestamptz not null,
    state           text        not null check (state in ('ISSUED', 'DELIVERED', 'ACKNOWLEDGED', 'ESCALATED')),
    data            jsonb       not null,
    created_at      timestamptz not null,
    delivered_at    timestamptz,
    acknowledged_at timestamptz,
    acknowledged_by text,
    escalated_at    timestamptz,
    unique (source_event_id, rule_id)
);
create index alert_overdue on alert (acknowledge_by) where state in ('ISSUED', 'DELIVERED');
create index alert_registrant on alert (registrant_id);

-- The idempotency key of issue 6: the same source event never yields the same alert (rule, recipient) twice.
create table alert_recipient (
    source_event_id uuid not null,
    rule_id         text not null,
    recipient       text not null,
    alert_id        uuid not null references alert (alert_id),
    primary key (source_event_id, rule_id, recipient)
);

-- Alert events for registry.alerts.v1, written with the alert, relayed in position order.
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

-- Agencies' webhooks. Secrets are AES-GCM encrypted; during a rotation the previous one still signs until it expires.
create table subscription (
    subscription_id            uuid primary key,
    agency                     text        not null,
    url                        text        not null,
    alert_types                text[]      not null default '{}',
    countries                  text[]      not null default '{}',
    border_posts               text[]      not null default '{}',
    districts                  text[]      not null default '{}',
    active                     boolean     not null,
    version                    bigint      not null,
    secret_ciphertext          text        not null,
    previous_secret_ciphertext text,
    previous_secret_expires_at timestamptz,
    created_at                 timestamptz not null,
    updated_at                 timestamptz not null
);

-- The persistent delivery queue: one row (one webhook-id, one body) per alert, subscription and purpose.
create table delivery (
    delivery_id     uuid primary key,
    webhook_id      text        not null unique,
    alert_id        uuid        not null references alert (alert_id),
    subscription_id uuid        not null references subscription (subscription_id),
    purpose         text        not null check (purpose in ('ISSUED', 'ESCALATED')),
    payload         text        not null,
    state           text        not null check (state in ('PENDING', 'DELIVERED', 'DEAD')),
    attempts        int         not null,
    next_attempt_at timestamptz not null,
    give_up_at      timestamptz not null,
    last_status     int,
    last_error      text,
    created_at      timestamptz not null,
    delivered_at    timestamptz,
    dead_at         timestamptz,
    unique (alert_id, subscription_id, purpose)
);
create index delivery_due on delivery (next_attempt_at) where state = 'PENDING';
create index delivery_dead on delivery (dead_at) where state = 'DEAD';
