-- De-registration (issue 26 item 6): proposed with a reason by one account, approved by a court clerk of another
-- (four eyes). An approved decision withdraws the record from identity search, screening and every list; the row and
-- the record stay for the auditor until retention removes them.
create table deregistration (
    id            uuid primary key,
    registrant_id uuid        not null references registrant (id),
    reason        text        not null check (reason in ('REGISTRATION_PERIOD_ENDED', 'CONVICTION_SET_ASIDE', 'DECEASED')),
    note          text        not null check (length(note) between 1 and 2000),
    state         text        not null check (state in ('PROPOSED', 'APPROVED')),
    proposed_by   text        not null,
    proposed_at   timestamptz not null,
    approved_by   text,
    approved_at   timestamptz,
    check ((state = 'APPROVED') = (approved_by is not null and approved_at is not null)),
    check (approved_by is null or approved_by <> proposed_by)
);
-- One decision per registrant: a pending proposal or the approval that withdrew the record.
create unique index deregistration_one_per_registrant on deregistration (registrant_id);
-- Every read path asks whether a record is withdrawn (RecordVisibility): approved decisions only.
create index deregistration_withdrawn on deregistration (registrant_id) where state = 'APPROVED';
