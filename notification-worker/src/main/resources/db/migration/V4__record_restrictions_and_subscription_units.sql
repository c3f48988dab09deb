-- Records restricted to named units, from restriction-changed events on registry.registrants.v1 (the latest change wins).
-- An alert on a restricted record goes in full to subscriptions of those units only (docs/security.md, "Restricted records").
create table record_restriction (
    registrant_id       uuid primary key,
    restricted_to_units text[]      not null,
    changed_at          timestamptz not null
);

-- The unit an agency's subscription belongs to (as named in registry-api's restrictions), or null for none.
alter table subscription add column unit text;

-- A delivery queued (or dead-lettered) before its record was restricted, to a subscription outside the record's units:
-- never sent, never replayed.
alter table delivery drop constraint delivery_state_check;
alter table delivery add constraint delivery_state_check check (state in ('PENDING', 'DELIVERED', 'DEAD', 'WITHHELD'));
