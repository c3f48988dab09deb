-- The registrant aggregate (identity core; later migrations add aliases, documents, convictions, custody).
create table registrant (
    id                   uuid primary key,
    version              bigint      not null check (version >= 1),
    family_name          text        not null check (length(family_name) between 1 and 200),
    given_names          text        not null default '',
    original_script_name text,
    date_of_birth        text check (date_of_birth ~ '^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$'),
    sex                  text        not null check (sex in ('MALE', 'FEMALE', 'UNKNOWN')),
    nationalities        text[]      not null default '{}',
    created_at           timestamptz not null,
    created_by           text        not null,
    updated_at           timestamptz not null
);

-- Transactional outbox: written in the same transaction as the change, relayed to Kafka afterwards.
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

-- Built-in accounts (the local stack and the web console); production may use OIDC instead.
create table account (
    username      text primary key,
    password_hash text        not null,
    role          text        not null,
    enabled       boolean     not null default true,
    created_at    timestamptz not null
);
