-- Audit-trail retention (issue 26): entries older than the retention period are removed up to a signed checkpoint, the
-- anchor. Each pruning is recorded here, signed with the chain key by registry-api, so that verification starts from
-- the anchor (its position, hash and count, which the signed checkpoint of that position repeats) and a trail cut
-- anywhere else, or a record of a pruning that never happened, is still reported. See docs/security.md, "Audit trail".
create table audit_prune (
    pruned_through bigint      primary key,
    anchor_hash    text        not null,
    anchor_count   bigint      not null,
    removed        bigint      not null,
    oldest_removed timestamptz not null,
    newest_removed timestamptz not null,
    older_than     timestamptz not null,
    pruned_at      timestamptz not null,
    key_id         text        not null,
    signature      text        not null
);
create trigger audit_prune_append_only before update or delete on audit_prune
    for each row execute function refuse_audit_change();
create trigger audit_prune_no_truncate before truncate on audit_prune
    for each statement execute function refuse_audit_change();

-- Entries stay append-only, except a delete made by prune_audit_trail in its own transaction.
create or replace function refuse_audit_change() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' and tg_table_name = 'audit_event'
            and coalesce(current_setting('opensor.audit_prune', true), '') = 'on' then
        return old;
    end if;
    raise exception 'audit_event is append-only: % refused', tg_op;
end
$$;

-- The one way entries leave the trail: up to an anchor that is an entry of it, never the newest entry (the writer
-- chains on to it), and never an entry younger than older_than. Runs as the trail's owner; the services may only call it.
create function prune_audit_trail(
        through bigint, anchor_hash text, anchor_count bigint, older_than timestamptz, pruned_at timestamptz,
        key_id text, signature text)
    returns bigint language plpgsql security definer set search_path = pg_catalog as $$
declare
    removed bigint;
    oldest timestamptz;
    newest timestamptz;
begin
    if through >= (select max(position) from ${flyway:defaultSchema}.audit_event) then
        raise exception 'the newest audit entry is never pruned';
    end if;
    if not exists (select 1 from ${flyway:defaultSchema}.audit_event e where e.position = through and e.hash = anchor_hash) then
        raise exception 'the anchor is not an entry of the trail';
    end if;
    if exists (select 1 from ${flyway:defaultSchema}.audit_event e where e.position <= through and e.occurred_at >= older_than) then
        raise exception 'an entry to prune is inside its retention period';
    end if;
    select count(*), min(e.occurred_at), max(e.occurred_at) into removed, oldest, newest
    from ${flyway:defaultSchema}.audit_event e where e.position <= through;
    perform set_config('opensor.audit_prune', 'on', true);
    delete from ${flyway:defaultSchema}.audit_event e where e.position <= through;
    perform set_config('opensor.audit_prune', 'off', true);
    insert into ${flyway:defaultSchema}.audit_prune (pruned_through, anchor_hash, anchor_count, removed, oldest_removed,
                                                    newest_removed, older_than, pruned_at, key_id, signature)
    values (through, anchor_hash, anchor_count, removed, oldest, newest, older_than, pruned_at, key_id, signature);
    return removed;
end
$$;

revoke all on audit_prune from public, ${approle};
grant select on audit_prune to ${approle};
revoke all on function prune_audit_trail(bigint, text, bigint, timestamptz, timestamptz, text, text) from public;
grant execute on function prune_audit_trail(bigint, text, bigint, timestamptz, timestamptz, text, text) to ${approle};
alter table audit_prune owner to ${auditowner};
alter function prune_audit_trail(bigint, text, bigint, timestamptz, timestamptz, text, text) owner to ${auditowner};
