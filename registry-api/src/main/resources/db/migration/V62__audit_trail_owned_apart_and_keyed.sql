-- The audit trail is owned by a role the services never log in as (${auditowner}); the services' role (${approle})
-- may only add entries and read them. Entries from now on carry a keyed hash (HMAC-SHA256, key outside the database):
-- the rows already written stay as they are, the chain's unkeyed epoch, verified with SHA-256 as before and covered
-- from here on by the first keyed entry, whose hash includes theirs. See docs/security.md, "Audit trail".
--
-- Runs as the schema's owner: in the local stack the migrator role (a member of ${auditowner}), in tests the superuser.
-- The roles are created beforehand by whoever provisions the database (infra/stack, or the DBA in production); only a
-- role allowed to create roles (the tests' superuser) gets them created here.
do $$
begin
    if not exists (select 1 from pg_roles where rolname = '${auditowner}') then
        create role ${auditowner} nologin;
    end if;
    if not exists (select 1 from pg_roles where rolname = '${approle}') then
        create role ${approle} nologin;
    end if;
end
$$;

-- The services' role works with every table of the schema, today's and tomorrow's, without owning any of them.
grant usage on schema ${flyway:defaultSchema} to ${approle};
grant select, insert, update, delete on all tables in schema ${flyway:defaultSchema} to ${approle};
grant usage, select, update on all sequences in schema ${flyway:defaultSchema} to ${approle};
alter default privileges in schema ${flyway:defaultSchema} grant select, insert, update, delete on tables to ${approle};
alter default privileges in schema ${flyway:defaultSchema} grant usage, select, update on sequences to ${approle};

-- Which entry starts the keyed chain: the verifier holds every entry from this position on to a keyed hash. The signed
-- checkpoints repeat it, so changing it here is noticed once a checkpoint exists.
create table audit_chain (
    keyed_from bigint      not null,
    started_at timestamptz not null
);
insert into audit_chain (keyed_from, started_at)
select greatest(coalesce(max(position), 0), (select last_value from audit_event_position where is_called)) + 1, now()
from audit_event;
create unique index audit_chain_one_row on audit_chain ((true));

-- The key an entry's hash is keyed with; null for the unkeyed epoch.
alter table audit_event add column key_id text;

create trigger audit_chain_append_only before update or delete on audit_chain
    for each row execute function refuse_audit_change();
create trigger audit_chain_no_truncate before truncate on audit_chain
    for each statement execute function refuse_audit_change();

revoke all on audit_event, audit_chain from public, ${approle};
revoke all on sequence audit_event_position from public, ${approle};
grant select, insert on audit_event to ${approle};
grant select on audit_chain to ${approle};
grant usage on sequence audit_event_position to ${approle};

-- Handing the objects over last carries the grants above with them. Whoever owns the schema could still drop them, so
-- the schema belongs to the migrator (or the superuser), never to ${approle}.
grant usage, create on schema ${flyway:defaultSchema} to ${auditowner};
alter table audit_event owner to ${auditowner};
alter table audit_chain owner to ${auditowner};
alter sequence audit_event_position owner to ${auditowner};
alter function refuse_audit_change() owner to ${auditowner};
