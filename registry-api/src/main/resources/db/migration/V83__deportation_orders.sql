-- Deportation orders with their due date and itinerary; the custody event DEPORTATION_ORDERED stays the court fact.
create table deportation_order (
    id              uuid primary key,
    registrant_id   uuid        not null references registrant (id),
    order_reference text        not null,
    ordered_on      date        not null,
    due_by          date        not null check (due_by >= ordered_on),
    rationale       text        not null,
    departure_date  date,
    border_post     text,
    carrier         text,
    destination     text,
    state           text        not null check (state in ('OPEN', 'OVERDUE', 'EXECUTED')),
    exit_seen_at    timestamptz,
    recorded_by     text        not null,
    recorded_at     timestamptz not null
);
create index deportation_order_unexecuted on deportation_order (due_by) where state <> 'EXECUTED';
create index deportation_order_registrant on deportation_order (registrant_id);
