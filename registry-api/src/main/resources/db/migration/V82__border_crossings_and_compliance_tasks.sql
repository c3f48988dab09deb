-- Every border hit registry-api raised, kept so that what the border saw can be reconciled with what was declared
-- (the hit events themselves go to the worker through the outbox and are purged with it).
create table border_crossing (
    id            uuid primary key,
    registrant_id uuid        not null,
    direction     text        not null check (direction in ('DEPARTURE', 'ARRIVAL')),
    border_post   text        not null,
    country       text        not null,
    match_band    text        not null,
    observed_at   timestamptz not null
);
create index border_crossing_registrant on border_crossing (registrant_id, observed_at);

-- Compliance tasks for the police unit that owns the registrant (the district of residence): a no-show, an overdue
-- return, an overdue verification, a registration about to end. One task per kind and source (the notice, the
-- verification due date, the registration end date).
create table compliance_task (
    id             uuid primary key,
    registrant_id  uuid        not null references registrant (id),
    kind           text        not null check (kind in ('NO_SHOW', 'OVERDUE_RETURN', 'OVERDUE_VERIFICATION', 'DEREGISTRATION_REVIEW')),
    source_key     text        not null,
    owning_unit    text,
    detail         text        not null,
    due_by         date        not null,
    state          text        not null check (state in ('OPEN', 'ASSIGNED', 'CLOSED')),
    version        bigint      not null,
    assigned_to    text,
    assigned_by    text,
    assigned_at    timestamptz,
    closure_reason text check (closure_reason in ('TRAVEL_CONFIRMED', 'PERSON_LOCATED', 'VERIFIED', 'BREACH_REFERRED_TO_PROSECUTOR',
                                                  'RECORD_CORRECTED', 'NOT_A_BREACH', 'DEREGISTRATION_DECIDED')),
    closure_note   text,
    closed_by      text,
    closed_at      timestamptz,
    opened_by      text        not null,
    opened_at      timestamptz not null,
    unique (kind, source_key)
);
create index compliance_task_unit on compliance_task (owning_unit, state, due_by);
create index compliance_task_assignee on compliance_task (assigned_to, state);
