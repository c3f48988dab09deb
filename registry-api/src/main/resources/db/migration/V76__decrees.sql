-- Royal pardon and sentence-reduction decrees with their beneficiaries (issue 26 item 1). A line keeps what the
-- decree says (name, date of birth, document number as written), what the matcher linked it to and why, the clerk's
-- decision, and, once applied, the custody event recorded for it. Applied decrees no longer change.
create table decree (
    id               uuid primary key,
    version          bigint      not null,
    number           text        not null,
    decree_date      date        not null,
    occasion         text,
    kind             text        not null check (kind in ('PARDON', 'REDUCTION')),
    reduction_months integer check (reduction_months >= 1),
    applied          boolean     not null default false,
    entered_by       text        not null,
    entered_at       timestamptz not null,
    applied_by       text,
    applied_at       timestamptz,
    effective_date   date,
    check ((kind = 'REDUCTION') = (reduction_months is not null)),
    check (applied = (applied_at is not null))
);
create index decree_date on decree (decree_date desc, entered_at desc);

create table decree_line (
    decree_id        uuid    not null references decree (id),
    line_number      integer not null check (line_number >= 1),
    name             text    not null,
    date_of_birth    text,
    document_number  text,
    link_state       text    not null check (link_state in ('AUTO_LINKED', 'UNCERTAIN', 'NOT_IN_REGISTRY', 'CONFIRMED', 'REJECTED')),
    registrant_id    uuid references registrant (id),
    display_name     text,
    score            double precision,
    band             text,
    reasons          jsonb   not null default '[]',
    runner_up_id     uuid,
    decided_by       text,
    custody_event_id uuid references custody_event (id),
    primary key (decree_id, line_number)
);
create index decree_line_registrant on decree_line (registrant_id);

-- An applied decree is the record of what was done: its row and its lines are never changed again.
create function refuse_change_of_applied_decree() returns trigger language plpgsql as $$
begin
    if old.applied then
        raise exception 'decree % was applied: it no longer changes', old.id;
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end;
$$;
create function refuse_change_of_applied_decree_line() returns trigger language plpgsql as $$
begin
    if exists (select 1 from ${flyway:defaultSchema}.decree d where d.id = old.decree_id and d.applied) then
        raise exception 'the lines of an applied decree no longer change';
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end;
$$;
create trigger decree_applied_is_final before update or delete on decree for each row execute function refuse_change_of_applied_decree();
create trigger decree_line_applied_is_final before update or delete on decree_line for each row execute function refuse_change_of_applied_decree_line();
