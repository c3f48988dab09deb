-- The wider duplicate check at registration (issue 25): people born on the same day (a name one letter apart) or in
-- the same month (the same Khmer name) are compared, so both lookups use an index rather than a scan.
create index registrant_by_date_of_birth on registrant (date_of_birth);
create index registrant_by_birth_month on registrant (left(date_of_birth, 7)) where original_script_name is not null;

-- A list page of 100 registrants (the API's largest) is audited with its 100 ids in record_id, about 3,700 bytes: more
-- than one btree entry may hold (2,704), so such a read could not be audited and was refused with 503. A hash index
-- keeps no value in its entries and serves the auditor's lookup by record (equality) alike. Runs as the migrator, a
-- member of the trail's owner (V62).
drop index audit_event_record;
create index audit_event_record on audit_event using hash (record_id);
