-- Each kind of fact on the compacted registrant topic has a key of its own (RegistrantTopicKeys, docs/architecture.md,
-- "Keys on the compacted registrant topic"). Restrictions published before under the plain registrant id could be
-- dropped by compaction behind a later state event: publish each restriction in force once more under
-- <id>:restriction, as V65 did under the plain key. The payload is RecordRestrictionChangedV1 of registry-events.
insert into outbox_event (event_id, topic, event_key, event_type, source, occurred_at, payload)
select gen_random_uuid(), 'registry.registrants.v1', r.registrant_id::text || ':restriction',
       'org.opensor.registry.registrant.restriction-changed.v1', '/registry-api', max(r.set_at),
       jsonb_build_object('registrantId', r.registrant_id, 'restrictedToUnits', jsonb_agg(r.unit order by r.unit),
                          'changedBy', min(r.set_by),
                          'changedAt', to_char(max(r.set_at) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))
from registrant_restriction r
group by r.registrant_id;

-- The erasure removes the sent events under every key of the person, not only the plain id (the function of V93, with
-- that one condition more).
create or replace function erase_registrant_personal_data(registrant uuid, deregistered_before timestamptz, erased_at timestamptz)
    returns boolean language plpgsql set search_path = ${flyway:defaultSchema}, pg_catalog as $$
begin
    if not exists (select 1 from deregistration d where d.registrant_id = registrant and d.state = 'APPROVED'
                   and d.approved_at < deregistered_before) then
        raise exception 'only a registrant de-registered before the retention limit is erased';
    end if;
    update registrant r set personal_data_erased_at = erased_at
    where r.id = registrant and r.personal_data_erased_at is null;
    if not found then
        return false;
    end if;
    perform set_config('opensor.registrant_erasure', registrant::text, true);
    delete from history_entry h where h.registrant_id = registrant;
    perform set_config('opensor.registrant_erasure', '', true);
    delete from identity_document x where x.registrant_id = registrant;
    delete from address x where x.registrant_id = registrant;
    delete from verification x where x.registrant_id = registrant;
    delete from travel_notice x where x.registrant_id = registrant;
    delete from registrant_photo x where x.registrant_id = registrant;
    delete from registrant_restriction x where x.registrant_id = registrant;
    delete from border_crossing x where x.registrant_id = registrant;
    delete from compliance_task x where x.registrant_id = registrant;
    delete from deportation_order x where x.registrant_id = registrant;
    update alert a set reason = '(erased after retention)', rationale = '(erased after retention)',
                       wording = null, acknowledgement_note = null
    where a.registrant_id = registrant;
    -- Events already sent name the person, under each of the person's keys (RegistrantTopicKeys); the Kafka topic
    -- itself is compacted behind the erasure event written under every one of them.
    delete from outbox_event o where (o.event_key = registrant::text or o.event_key like registrant::text || ':%')
                                 and o.published_at is not null;
    update deregistration d set note = '(erased after retention)' where d.registrant_id = registrant;
    update registrant r set
        family_name = 'ERASED', given_names = '', original_script_name = null, date_of_birth = null,
        date_of_birth_plus_minus_years = null, sex = 'UNKNOWN', nationalities = '{}', aliases = '[]',
        place_of_birth = null, phone_numbers = '{}', internet_identifiers = '{}', physical_description = null,
        photo_references = '{}', biometric_references = '{}', name_key = '', registration_policy_note = null
    where r.id = registrant;
    return true;
end
$$;
