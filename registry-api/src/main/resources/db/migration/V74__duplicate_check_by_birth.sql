-- The wider duplicate check at registration (issue 25): people born on the same day (a name one letter apart) or in
-- the same month (the same Khmer name) are compared, so both lookups use an index rather than a scan.
create index registrant_by_date_of_birth on registrant (date_of_birth);
create index registrant_by_birth_month on registrant (left(date_of_birth, 7)) where original_script_name is not null;
