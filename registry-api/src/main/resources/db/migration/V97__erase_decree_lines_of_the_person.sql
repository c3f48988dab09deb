-- A decree's line names its beneficiary as the decree wrote them (name, date of birth, document number) and says why
-- the matcher linked them. The erasure of a de-registered registrant now blanks those of the lines linked to the person,
-- applied decrees included; the line's link, state, score and decision stay for the auditor, as the decree itself does.

-- Applied decrees stay final, except these personal fields of the one registrant erase_registrant_personal_data erases,
-- in its own transaction.
create or replace function refuse_change_of_applied_decree_line() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE'
            and coalesce(current_setting('opensor.registrant_erasure', true), '') = old.registrant_id::text
            and (new.decree_id, new.line_number, new.link_state, new.registrant_id, new.score, new.band,
                 new.runner_up_id, new.decided_by, new.custody_event_id)
                is not distinct from
                (old.decree_id, old.line_number, old.link_state, old.registrant_id, old.score, old.band,
                 old.runner_up_id, old.decided_by, old.custody_event_id) then
        return new;
    end if;
    if exists (select 1 from ${flyway:defaultSchema}.decree d where d.id = old.decree_id and d.applied) then
        raise exception 'the lines of an applied decree no longer change';
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end;
$$;

-- The function of V96, with the decree lines blanked inside the erasure's window.
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
    update decree_line l set name = '(erased after retention)', date_of_birth = null, document_number = null,
                             display_name = null, reasons = '[]', reason_codes = null
    where l.registrant_id = registrant;
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
