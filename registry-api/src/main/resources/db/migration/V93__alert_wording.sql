-- An alert's reason and rationale as codes with their particulars (AlertIssuedV1.wording, issue 25), from which the
-- console words them in the reader's language; null on alerts issued before it, which the console shows in English.
alter table alert add column wording jsonb;

-- The particulars name places, dates and references of the person: erasure after retention clears them with the
-- reason and the rationale (the function of V92, with that one line more).
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
    -- Events already sent name the person; the Kafka topic itself is compacted behind the erasure event.
    delete from outbox_event o where o.event_key = registrant::text and o.published_at is not null;
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
