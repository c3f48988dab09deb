-- Criminal charges (not convictions): the accused may be no registrant, so the identity screening needs is kept
-- here, matched at the border in registry-api itself (the index holds registrants only). subject_id is the person:
-- the registrant's id when linked, else an id of its own, shared by every charge of the same accused.
create table charge (
    id                 uuid primary key,
    subject_id         uuid        not null,
    registrant_id      uuid references registrant (id),
    version            bigint      not null,
    family_name        text,
    given_names        text,
    date_of_birth      text,
    sex                text        not null,
    nationalities      text[]      not null default '{}',
    document_numbers   text[]      not null default '{}',
    court              text        not null,
    case_number        text        not null,
    offence            text        not null,
    charged_on         date        not null,
    bail               text        not null check (bail in ('GRANTED', 'REFUSED', 'NOT_DECIDED')),
    bail_conditions    text[]      not null default '{}',
    travel_ban         boolean     not null,
    travel_ban_ended_on date,
    travel_ban_end_reason text,
    outcome            text check (outcome in ('CONVICTED', 'ACQUITTED', 'DISMISSED')),
    outcome_on         date,
    sealed_at          timestamptz,
    recorded_by        text        not null,
    recorded_at        timestamptz not null,
    updated_by         text        not null,
    updated_at         timestamptz not null,
    check (family_name is not null or given_names is not null)
);
-- Screening reads every ban in force on each traveller or manifest.
create index charge_travel_ban_in_force on charge (id) where travel_ban and travel_ban_ended_on is null and sealed_at is null;
create index charge_subject on charge (subject_id);
