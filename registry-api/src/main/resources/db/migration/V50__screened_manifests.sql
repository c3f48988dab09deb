-- Border screening: one row per manifest (PAXLST interchange), so a resubmission neither screens nor alerts twice.
create table screened_manifest (
    sender            text        not null,
    control_reference text        not null,
    screened_at       timestamptz not null,
    travellers        int         not null,
    hits              int         not null,
    result            jsonb       not null,
    primary key (sender, control_reference)
);
