-- Bilateral extradition treaties of Cambodia, kept by the registry administrator. Seeded with the four treaty states
-- the ECPAT report names; each row cites where it was checked and says what was not (docs/operations.md).
create table extradition_treaty (
    state                 text primary key check (state ~ '^[A-Z]{3}$'),
    title                 text        not null,
    signed_on             date,
    in_force              boolean     not null,
    min_penalty_months    int         check (min_penalty_months > 0),
    source                text        not null,
    updated_by            text        not null,
    updated_at            timestamptz not null
);

insert into extradition_treaty (state, title, signed_on, in_force, min_penalty_months, source, updated_by, updated_at) values
    ('THA', 'Treaty between the Kingdom of Cambodia and the Kingdom of Thailand on Extradition', null, true, 12,
     'Cambodia Daily, "New Extradition Pact With Thailand Passed" (treaty approved, in force 30 days later, suspects facing at least one year). Signing date not checked against the treaty text.',
     'migration V81', now()),
    ('CHN', 'Treaty between the People''s Republic of China and the Kingdom of Cambodia on Extradition', date '1999-02-09', true, null,
     'Treaty text (Chinese), art. 22: signed at Beijing on 9 February 1999, in force on the 30th day after ratifications are exchanged in Phnom Penh. Penalty threshold not checked.',
     'migration V81', now()),
    ('LAO', 'Extradition treaty between the Kingdom of Cambodia and the Lao People''s Democratic Republic', null, true, null,
     'Xinhua (26 November 2010) lists Laos among the states Cambodia has signed an extradition agreement with. Date and threshold not checked.',
     'migration V81', now()),
    ('KOR', 'Treaty on Extradition between the Kingdom of Cambodia and the Republic of Korea', date '2009-10-22', true, null,
     'Xinhua (26 November 2010): signed in Phnom Penh on 22 October 2009, adopted by the National Assembly on 26 November 2010. Entry into force and threshold not checked.',
     'migration V81', now());

-- Foreign requests and notices for a person in Cambodia: an extradition request, a provisional arrest request or an
-- INTERPOL notice. subject_id is the registrant's id, or the accused's subject id of registry.charge.
create table foreign_request (
    id                         uuid primary key,
    subject_id                 uuid        not null,
    registrant_id              uuid references registrant (id),
    version                    bigint      not null,
    kind                       text        not null check (kind in ('EXTRADITION_REQUEST', 'PROVISIONAL_ARREST_REQUEST', 'INTERPOL_RED_NOTICE', 'INTERPOL_DIFFUSION')),
    requesting_state           text        not null check (requesting_state ~ '^[A-Z]{3}$'),
    offence                    text        not null,
    mapped_offence_id          text references offence (id),
    foreign_max_penalty_months int check (foreign_max_penalty_months > 0),
    reference                  text        not null,
    interpol_notice            text,
    received_on                date        not null,
    state                      text        not null check (state in ('OPEN', 'CLOSED')),
    closed_on                  date,
    closure_reason             text,
    recorded_by                text        not null,
    recorded_at                timestamptz not null,
    updated_by                 text        not null,
    updated_at                 timestamptz not null
);
create index foreign_request_open on foreign_request (subject_id) where state = 'OPEN';
