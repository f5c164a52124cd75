-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN     "txid" BIGINT NOT NULL DEFAULT ((pg_current_xact_id())::text)::bigint,
ALTER COLUMN "seq" DROP NOT NULL,
ALTER COLUMN "seq" DROP DEFAULT,
ALTER COLUMN "prevHash" DROP NOT NULL,
ALTER COLUMN "prevHash" DROP DEFAULT,
ALTER COLUMN "hash" DROP NOT NULL,
ALTER COLUMN "hash" DROP DEFAULT;

-- ═══ Hand-written (issue 14): the audit log is chained off the request path ═══════════════════
-- Until now a BEFORE INSERT trigger chained each row under one global advisory lock held until the
-- inserting transaction ended, so every audited request in the app queued behind the slowest open
-- transaction that had written an audit row. Now an insert only stamps the row with its
-- transaction (txid) and leaves seq, prevHash and hash NULL; audit_seal() (called every few
-- seconds by the scheduler in lib/jobs, one process at a time) chains settled rows afterwards.
--
-- Which rows are "settled": those whose inserting transaction is older than every transaction
-- still running (txid < xmin of a fresh snapshot). Such a transaction has committed or rolled
-- back, so its rows are all visible or gone for good; no row can appear later with a txid below
-- the horizon. Rows are sealed in id order: a row whose transaction committed before another
-- transaction started always has the lower id (and the lower txid), so it is never sealed after
-- it. A rolled-back insert leaves no row, so the sealed chain has no gaps.

-- 1. Inserting stamps the row; whatever the app sends for the chain columns is overwritten.
drop trigger audit_chain on "AuditEvent";
drop function audit_chain();

create function audit_stamp() returns trigger language plpgsql as $$
begin
  new."seq" := null;
  new."prevHash" := null;
  new."hash" := null;
  new."txid" := pg_current_xact_id()::text::bigint;
  return new;
end
$$;

create trigger audit_stamp before insert on "AuditEvent"
  for each row execute function audit_stamp();

create index "AuditEvent_unsealed_idx" on "AuditEvent" ("id") where "seq" is null;

-- 2. Append-only, except the sealer's one write: filling in seq, prevHash and hash of an unsealed
-- row, nothing else. (DELETE stays refused for every row; TRUNCATE needs the table's owner.)
drop trigger audit_append_only on "AuditEvent";
create trigger audit_no_delete before delete on "AuditEvent"
  for each statement execute function refuse_audit_change();

create function refuse_audit_rewrite() returns trigger language plpgsql as $$
begin
  if current_setting('captiva.audit_sealing', true) = 'on'
     and old."seq" is null and new."seq" is not null and new."hash" is not null
     and (old."id", old."occurredAt", old."actorId", old."actorLabel", old."category", old."event", old."entityType",
          old."entityId", old."justification", old."recipients", old."changes", old."source", old."address", old."txid")
         is not distinct from
         (new."id", new."occurredAt", new."actorId", new."actorLabel", new."category", new."event", new."entityType",
          new."entityId", new."justification", new."recipients", new."changes", new."source", new."address", new."txid")
  then
    return new;
  end if;
  raise exception 'audit log is append-only: UPDATE on "AuditEvent" is refused'
    using errcode = 'CG002',
          hint = 'Record a correction as a new audit event.';
end
$$;

create trigger audit_append_only before update on "AuditEvent"
  for each row execute function refuse_audit_rewrite();

-- 3. The sealer. Canonical text version 1, unchanged (audit_event_canonical() is its reference and
-- lib/audit/server/verify-audit-chain.ts recomputes it). SECURITY DEFINER so the app's runtime
-- role, which may not UPDATE the table, can run it; it writes nothing but the chain columns.
-- The transaction-scoped advisory lock (the old chain lock's number) makes it one sealer at a time
-- across every instance; a second caller returns at once. Returns the number of rows sealed.
create function audit_seal(max_rows integer default 5000) returns integer
  language plpgsql security definer set search_path = pg_catalog, public as $$
declare
  horizon bigint;
  head record;
  r record;
  n integer := 0;
  canonical text;
  v text;
  previous_seq bigint;
  previous_hash text;
begin
  if not pg_try_advisory_xact_lock(20220921) then
    return 0;
  end if;
  perform set_config('captiva.audit_sealing', 'on', true);
  horizon := pg_snapshot_xmin(pg_current_snapshot())::text::bigint;
  select a."seq", a."hash" into head from "AuditEvent" a where a."seq" is not null order by a."seq" desc limit 1;
  previous_seq := coalesce(head."seq", 0);
  previous_hash := coalesce(head."hash", '');
  for r in
    select * from "AuditEvent" a where a."seq" is null and a."txid" < horizon order by a."id" limit max_rows
  loop
    previous_seq := previous_seq + 1;
    canonical := 'captiva-audit-v1';
    foreach v in array array[previous_hash, previous_seq::text, to_char(r."occurredAt" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
        r."actorId"::text, r."actorLabel", r."category"::text, r."event", r."entityType", r."entityId",
        r."justification", r."recipients", r."changes"::text, r."source", r."address"] loop
      canonical := canonical || '|' || case when v is null then '-' else octet_length(convert_to(v, 'UTF8'))::text || ':' || v end;
    end loop;
    update "AuditEvent" set "seq" = previous_seq, "prevHash" = previous_hash,
           "hash" = encode(sha256(convert_to(canonical, 'UTF8')), 'hex')
     where "id" = r."id"
     returning "hash" into previous_hash;
    n := n + 1;
  end loop;
  return n;
end
$$;

-- ═══ Hand-written (issue 14): the runtime role ═══════════════════════════════════════════════
-- Migrations and seeding run as the owner (DATABASE_URL of `npm run db:deploy`); the app connects
-- as a member of captiva_app, which may read and append to the audit log and nothing more there:
-- no UPDATE, DELETE, TRUNCATE, no ownership, so it can neither disable nor drop the triggers, and
-- (not being a superuser) it cannot set session_replication_role. README "The runtime role".
do $$
begin
  if not exists (select 1 from pg_roles where rolname = 'captiva_app') then
    if exists (select 1 from pg_roles where rolname = current_user and (rolsuper or rolcreaterole)) then
      create role captiva_app nologin;
    else
      raise exception 'The role captiva_app does not exist and % may not create it', current_user
        using hint = 'As a database administrator run: create role captiva_app nologin; then deploy again (README "The runtime role").';
    end if;
  end if;
end $$;

grant usage on schema public to captiva_app;
grant select, insert, update, delete on all tables in schema public to captiva_app;
revoke all on "AuditEvent" from captiva_app;
grant select, insert on "AuditEvent" to captiva_app;
revoke all on "_prisma_migrations" from captiva_app;
grant select on "_prisma_migrations" to captiva_app;
grant usage, select on all sequences in schema public to captiva_app;
-- Tables and sequences later migrations create get the same (the audit log's own grant is above).
alter default privileges in schema public grant select, insert, update, delete on tables to captiva_app;
alter default privileges in schema public grant usage, select on sequences to captiva_app;
revoke all on function audit_seal(integer) from public;
grant execute on function audit_seal(integer) to captiva_app;
