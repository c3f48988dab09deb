-- The console's registrant list at 10,000 registrants and more: sorted by name or next verification due, and the
-- overdue filter (next_verification_due before today) without a full scan.
create index registrant_by_name on registrant (family_name, given_names, id);
create index registrant_by_verification_due on registrant (next_verification_due, id) where next_verification_due is not null;
