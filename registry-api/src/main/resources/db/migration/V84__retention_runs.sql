-- What each retention run removed, in counts only: the auditor's evidence that retention is enforced.
create table retention_run (
    id      uuid primary key,
    ran_at  timestamptz not null,
    removed jsonb       not null
);
