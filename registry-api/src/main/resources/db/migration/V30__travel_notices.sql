-- Travel notices declared for a registrant: the notice as it stands now (amendments overwrite it, the history and
-- the events keep every version). Legs are the itinerary in order, as JSON (country, pointOfArrival, carrier, arrivalDate).
create table travel_notice (
    id               uuid primary key,
    registrant_id    uuid        not null references registrant (id),
    version          bigint      not null,
    state            text        not null check (state in ('DECLARED', 'CANCELLED')),
    departure_date   date        not null,
    return_date      date,
    departure_point  text,
    legs             jsonb       not null,
    purpose          text        not null,
    document_type    text        not null,
    document_number  text        not null,
    address_abroad   text,
    late             boolean     not null,
    declared_by      text        not null,
    declared_at      timestamptz not null,
    updated_by       text        not null,
    updated_at       timestamptz not null,
    cancelled_reason text,
    cancelled_at     timestamptz
);
create index travel_notice_registrant on travel_notice (registrant_id, departure_date);
