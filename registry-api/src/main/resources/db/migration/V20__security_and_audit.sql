-- Security issue. Numbered 20 so the registrant-record migrations (V2..V19) keep their own range.

-- Lockout, units (for records restricted to named units).
alter table account
    add column unit            text,
    add column failed_attempts int not null default 0,
    add column locked_until    timestamptz;

-- The audit trail: append-only, each entry chained to the previous one by a SHA-256 hash.
create sequence audit_event_position;
create table audit_event (
    position       bigint primary key,
    occurred_at    timestamptz not null,
    actor          text        not null,
    role           text,
    action         text        not null,
    record_id      text,
    purpose        text,
    client_address text,
    outcome        text        not null,
    http_status    int         not null,
    previous_hash  text        not null,
    hash           text        not null
);
create index audit_event_actor_time on audit_event (actor, occurred_at);
create index audit_event_record on audit_event (record_id);

-- The database itself refuses to change or remove audit entries, whoever asks.
create function refuse_audit_change() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only: % refused', tg_op;
end
$$;
create trigger audit_event_append_only before update or delete on audit_event
    for each row execute function refuse_audit_change();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function refuse_audit_change();

-- A record restricted to named units: others get 403, and the attempt is audited.
create table registrant_restriction (
    registrant_id uuid        not null,
    unit          text        not null,
    set_by        text        not null,
    set_at        timestamptz not null,
    primary key (registrant_id, unit)
);
