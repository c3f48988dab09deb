-- The full registrant record (issue 3): identity beyond the core, documents, the statute library, convictions,
-- the custody timeline, places, registration and verifications, and the append-only history.

alter table registrant
    add column aliases                        jsonb   not null default '[]',
    add column date_of_birth_plus_minus_years integer check (date_of_birth_plus_minus_years between 1 and 20),
    add column place_of_birth                 text,
    add column phone_numbers                  text[]  not null default '{}',
    add column internet_identifiers           text[]  not null default '{}',
    add column physical_description           jsonb,
    add column photo_references               text[]  not null default '{}',
    add column biometric_references           text[]  not null default '{}',
    -- normalized name words in order, computed in Java; the duplicate guard compares it with the date of birth
    add column name_key                       text,
    add column custody_status                 text    not null default 'NOT_IN_CUSTODY'
        check (custody_status in ('NOT_IN_CUSTODY', 'IN_CUSTODY', 'ON_BAIL', 'ON_PAROLE', 'ABSCONDED', 'DEPORTED', 'DECEASED')),
    add column registration_tier              text check (registration_tier in ('TIER_1', 'TIER_2', 'TIER_3')),
    add column registration_status            text check (registration_status in ('ACTIVE', 'ENDED')),
    add column registration_starts_on         date,
    add column registration_ends_on           date,
    add column next_verification_due          date,
    add column compliance_status              text check (compliance_status in ('PENDING_FIRST_VERIFICATION', 'COMPLIANT', 'NON_COMPLIANT')),
    add column registration_policy_note       text;

update registrant set name_key = array_to_string(array(
        select w from unnest(regexp_split_to_array(lower(trim(family_name || ' ' || given_names)), '\s+')) w where w <> '' order by w), ' ');
alter table registrant alter column name_key set not null;
create index registrant_name_key on registrant (name_key, date_of_birth);
create index registrant_listing on registrant (created_at desc, id);

create table identity_document (
    registrant_id     uuid    not null references registrant (id),
    position          integer not null,
    type              text    not null check (type in ('PASSPORT', 'NATIONAL_ID', 'RESIDENCE_PERMIT', 'DRIVING_LICENCE', 'OTHER')),
    number            text    not null check (length(number) between 1 and 50),
    number_normalized text    not null,
    issuing_state     text    not null check (issuing_state ~ '^[A-Z]{3}$'),
    expires_on        date,
    primary key (registrant_id, position)
);
create index identity_document_number on identity_document (number_normalized);

-- Registrable offences. Seeded with the Cambodian Law on Suppression of Human Trafficking and Sexual Exploitation
-- (2008); foreign-law offences may be added here or typed in with a foreign conviction.
create table offence (
    id           text primary key,
    jurisdiction text not null check (jurisdiction ~ '^[A-Z]{3}$'),
    statute      text not null,
    article      text not null,
    title        text not null,
    category     text not null check (category in ('CHILD_PROSTITUTION', 'TRAFFICKING_FOR_SEXUAL_PURPOSES', 'CHILD_SEXUAL_ABUSE_MATERIAL',
                                                   'GROOMING', 'SEXUAL_EXPLOITATION_IN_TRAVEL_AND_TOURISM', 'CHILD_SEXUAL_ABUSE',
                                                   'OTHER_SEXUAL_OFFENCE')),
    unique (jurisdiction, statute, article)
);

insert into offence (id, jurisdiction, statute, article, title, category) values
    ('KHM-2008-10', 'KHM', 'Law on Suppression of Human Trafficking and Sexual Exploitation (2008)', '10', 'Unlawful removal with purpose (including sexual exploitation)', 'TRAFFICKING_FOR_SEXUAL_PURPOSES'),
    ('KHM-2008-11', 'KHM', 'Law on Suppression of Human Trafficking and Sexual Exploitation (2008)', '11', 'Unlawful removal for cross-border transfer', 'TRAFFICKING_FOR_SEXUAL_PURPOSES'),
    ('KHM-2008-12', 'KHM', 'Law on Suppression of Human Trafficking and Sexual Exploitation (2008)', '12', 'Unlawful recruitment for exploitation', 'TRAFFICKING_FOR_SEXUAL_PURPOSES'),
    ('KHM-2008-15', 'KHM', 'Law on Suppression of Human Trafficking and Sexual Exploitation (2008)', '15', 'Selling, buying or exchanging a person with purpose', 'TRAFFICKING_FOR_SEXUAL_PURPOSES'),
    ('KHM-2008-17', 'KHM', 'Law on Suppression of Human Trafficking and Sexual Exploitation (2008)', '17', 'Transporting, receiving or harbouring a person with purpose', 'TRAFFICKING_FOR_SEXUAL_PURPOSES'),
    ('KHM-2008-24', 'KHM', 'Law on Suppression of Human Trafficking and Sexual Exploitation (2008)', '24', 'Aggravated procurement of prostitution (victim a minor)', 'CHILD_PROSTITUTION'),
    ('KHM-2008-34', 'KHM', 'Law on Suppression of Human Trafficking and Sexual Exploitation (2008)', '34', 'Purchase of child prostitution', 'CHILD_PROSTITUTION'),
    ('KHM-2008-40', 'KHM', 'Law on Suppression of Human Trafficking and Sexual Exploitation (2008)', '40', 'Distribution, sale or display of child pornography', 'CHILD_SEXUAL_ABUSE_MATERIAL'),
    ('KHM-2008-41', 'KHM', 'Law on Suppression of Human Trafficking and Sexual Exploitation (2008)', '41', 'Production of child pornography', 'CHILD_SEXUAL_ABUSE_MATERIAL'),
    ('KHM-2008-42', 'KHM', 'Law on Suppression of Human Trafficking and Sexual Exploitation (2008)', '42', 'Sexual intercourse with a minor under 15 years', 'CHILD_SEXUAL_ABUSE'),
    ('KHM-2008-43', 'KHM', 'Law on Suppression of Human Trafficking and Sexual Exploitation (2008)', '43', 'Indecent act against a minor under 15 years', 'CHILD_SEXUAL_ABUSE');

create table conviction (
    id                uuid primary key,
    registrant_id     uuid        not null references registrant (id),
    position          bigserial   not null,
    court             text        not null,
    case_number       text        not null,
    judgment_date     date        not null,
    offence_id        text references offence (id),
    jurisdiction      text        not null,
    statute           text        not null,
    article           text        not null,
    offence_category  text        not null,
    victim_minor      boolean     not null,
    foreign_judgment  boolean     not null,
    country           text        not null check (country ~ '^[A-Z]{3}$'),
    sentence_months   integer check (sentence_months >= 0),
    recorded_by       text        not null,
    recorded_at       timestamptz not null
);
create index conviction_registrant on conviction (registrant_id, position);

create table custody_event (
    id                         uuid primary key,
    registrant_id              uuid        not null references registrant (id),
    position                   bigserial   not null,
    type                       text        not null,
    effective_date             date        not null,
    source_document            text        not null,
    decree_number              text,
    decree_date                date,
    sentence_reduced_by_months integer,
    releases_from_custody      boolean     not null default false,
    facility                   text,
    corrects_event_id          uuid references custody_event (id),
    status_after               text        not null,
    entered_by                 text        not null,
    entered_at                 timestamptz not null,
    reason                     text
);
create index custody_event_registrant on custody_event (registrant_id, position);

create table address (
    id            uuid primary key,
    registrant_id uuid        not null references registrant (id),
    position      bigserial   not null,
    kind          text        not null check (kind in ('RESIDENCE', 'TEMPORARY_LODGING', 'EMPLOYMENT', 'SCHOOL')),
    line          text        not null,
    district      text,
    province      text,
    country       text        not null check (country ~ '^[A-Z]{3}$'),
    valid_from    date        not null,
    valid_to      date check (valid_to >= valid_from),
    recorded_by   text        not null,
    recorded_at   timestamptz not null
);
create index address_registrant on address (registrant_id, position);

create table verification (
    id            uuid primary key,
    registrant_id uuid        not null references registrant (id),
    position      bigserial   not null,
    verified_on   date        not null,
    outcome       text        not null,
    note          text,
    verified_by   text        not null,
    recorded_at   timestamptz not null
);
create index verification_registrant on verification (registrant_id, position);

-- Every change of a registrant: who, when, why, what. Never updated, never deleted.
create table history_entry (
    position      bigserial primary key,
    registrant_id uuid        not null references registrant (id),
    version       bigint      not null,
    at            timestamptz not null,
    actor         text        not null,
    action        text        not null,
    reason        text,
    summary       text,
    changes       jsonb       not null default '[]'
);
create index history_entry_registrant on history_entry (registrant_id, version);

create function refuse_rewrite() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only: record a new entry instead', tg_table_name;
end;
$$;
create trigger history_entry_append_only before update or delete on history_entry for each row execute function refuse_rewrite();
create trigger custody_event_append_only before update or delete on custody_event for each row execute function refuse_rewrite();
create trigger conviction_append_only before update or delete on conviction for each row execute function refuse_rewrite();
