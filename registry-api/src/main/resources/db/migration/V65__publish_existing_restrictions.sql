-- Restrictions set before they were published: one restriction-changed event each, so that the notification worker
-- withholds alerts on records restricted before this release as well (docs/architecture.md, "Record restrictions on the
-- registrant topic"). The payload is RecordRestrictionChangedV1 of registry-events.
insert into outbox_event (event_id, topic, event_key, event_type, source, occurred_at, payload)
select gen_random_uuid(), 'registry.registrants.v1', r.registrant_id::text, 'org.opensor.registry.registrant.restriction-changed.v1',
       '/registry-api', max(r.set_at),
       jsonb_build_object('registrantId', r.registrant_id, 'restrictedToUnits', jsonb_agg(r.unit order by r.unit),
                          'changedBy', min(r.set_by),
                          'changedAt', to_char(max(r.set_at) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))
from registrant_restriction r
group by r.registrant_id;
