-- Integrity the database enforces itself, so it holds for code written later and for anyone with
-- SQL access: search indexes, CHECK constraints, no DELETE on case tables, and the append-only,
-- hash-chained audit log. Hand-written: a Prisma schema cannot express any of it. The datamodel is
-- unchanged, so schema.prisma beside this file is a copy of the previous migration's snapshot.
--
-- Errors raised here carry their own SQLSTATE so the app can tell them apart:
--   CG001  DELETE on a case table        CG002  UPDATE or DELETE on the audit log

-- ─── Search ───────────────────────────────────────────────────────────────────
-- Both extensions are "trusted": a database owner can create them without superuser.
create extension if not exists pg_trgm;
create extension if not exists fuzzystrmatch;

-- Partial-name search (ILIKE '%…%', similarity()) on lower-cased names and crime references.
create index "Person_surname_trgm_idx" on "Person" using gin (lower("surname") gin_trgm_ops);
create index "Person_forenames_trgm_idx" on "Person" using gin (lower("forenames") gin_trgm_ops);
create index "Offence_crimeReference_trgm_idx" on "Offence" using gin (lower("crimeReference") gin_trgm_ops);

-- ─── Values that would be nonsense ────────────────────────────────────────────
alter table "Offence"
  add constraint "Offence_occurred_not_after_recorded_check" check ("occurredOn" <= "recordedOn"),
  add constraint "Offence_harmScore_check" check ("harmScore" >= 0),
  add constraint "Offence_youngestVictimAge_check" check ("youngestVictimAge" between 0 and 130),
  add constraint "Offence_reportedVictimAge_check" check ("reportedVictimAge" between 0 and 130);

-- Home Office outcome types are 0-23 (domain.md).
alter table "OutcomeType" add constraint "OutcomeType_code_check" check ("code" between 0 and 23);
alter table "ActionItem" add constraint "ActionItem_timesCarried_check" check ("timesCarried" >= 0);
alter table "User" add constraint "User_sessionVersion_check" check ("sessionVersion" >= 1);

-- Optimistic concurrency counts up from 1 on every editable table.
do $$
declare
  t text;
begin
  foreach t in array array[
    'User', 'Offence', 'Person', 'OffencePerson', 'Investigation', 'IntelligenceItem', 'Group',
    'GroupMembership', 'GroupPlanLine', 'Provider', 'Referral', 'Meeting', 'MeetingAttendee',
    'AgendaItem', 'Decision', 'ActionItem'
  ] loop
    execute format('alter table %I add constraint %I check ("version" >= 1)', t, t || '_version_check');
  end loop;
end $$;

-- ─── Case records are never deleted ──────────────────────────────────────────
-- The app withdraws, closes, merges or marks records removed instead. Statement-level, so even a
-- DELETE matching no rows is refused: no code path should issue one. TRUNCATE does not fire DELETE
-- triggers and stays possible for the table owner (the tests isolate with it).
-- Not protected: SignInAttempt, AccessReason and Notification (operational, pruned) and
-- AuditEvent (stricter trigger below). A table added later needs this trigger in its migration.
create function refuse_case_delete() returns trigger language plpgsql as $$
begin
  raise exception 'DELETE on "%" is refused: case records are never deleted', tg_table_name
    using errcode = 'CG001',
          hint = 'Withdraw, close, merge or mark the record removed instead.';
end
$$;

do $$
declare
  t text;
begin
  foreach t in array array[
    'User', 'Npu', 'Hotspot', 'ScrutinyCategory', 'OffenceCode', 'OutcomeType', 'Offence', 'Person',
    'PersonMerge', 'OffencePerson', 'Investigation', 'InvestigationUpdate', 'IntelligenceItem',
    'IntelligenceGrading', 'IntelligencePerson', 'IntelligenceOffence', 'IntelligenceGroup', 'Group',
    'GroupMembership', 'GroupOffence', 'GroupPlanLine', 'Provider', 'Referral', 'ReferralEvent',
    'Meeting', 'MeetingAttendee', 'AgendaItem', 'AgendaPackVersion', 'Decision', 'ActionItem',
    'ActionUpdate', 'ImportRun'
  ] loop
    execute format(
      'create trigger case_tables_never_deleted before delete on %I for each statement execute function refuse_case_delete()',
      t
    );
  end loop;
end $$;

-- ─── The s.62 audit log: append-only ─────────────────────────────────────────
-- TRUNCATE is deliberately still possible (test isolation). Only the table owner, or a role
-- granted TRUNCATE, can do it: in production the app should connect as a role that is neither.
-- `npm run audit:verify` cannot detect a truncation of the whole log.
create function refuse_audit_change() returns trigger language plpgsql as $$
begin
  raise exception 'audit log is append-only: % on "AuditEvent" is refused', tg_op
    using errcode = 'CG002',
          hint = 'Record a correction as a new audit event.';
end
$$;

create trigger audit_append_only before update or delete on "AuditEvent"
  for each statement execute function refuse_audit_change();

-- ─── The s.62 audit log: hash chain ──────────────────────────────────────────
-- Every insert gets the next seq (1, 2, 3 … with no gaps) and
--   hash = sha256(canonical text of the row, which includes prevHash = the previous row's hash)
-- so altering, removing or inserting a row anywhere breaks every later link. The app never
-- supplies seq, prevHash or hash; whatever it sends is overwritten.
--
-- Canonical text, version 1 (lib/audit/server/verify-audit-chain.ts recomputes it byte for byte):
--   'captiva-audit-v1' followed, for each field in this order, by '|' and the field encoded as
--   '-' when NULL, else '<length in UTF-8 bytes>:<text>' (unambiguous whatever the text holds):
--   prevHash, seq, occurredAt (UTC, 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), actorId, actorLabel,
--   category, event, entityType, entityId, justification, recipients, changes (jsonb's own
--   normalised text), source, address.
create function audit_chain_field(value text) returns text language sql stable parallel safe as $$
  select case when value is null then '-' else octet_length(convert_to(value, 'UTF8'))::text || ':' || value end
$$;

create function audit_event_canonical(e "AuditEvent") returns text language sql stable parallel safe as $$
  select 'captiva-audit-v1'
    || '|' || audit_chain_field(e."prevHash")
    || '|' || audit_chain_field(e."seq"::text)
    || '|' || audit_chain_field(to_char(e."occurredAt" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))
    || '|' || audit_chain_field(e."actorId"::text)
    || '|' || audit_chain_field(e."actorLabel")
    || '|' || audit_chain_field(e."category"::text)
    || '|' || audit_chain_field(e."event")
    || '|' || audit_chain_field(e."entityType")
    || '|' || audit_chain_field(e."entityId")
    || '|' || audit_chain_field(e."justification")
    || '|' || audit_chain_field(e."recipients")
    || '|' || audit_chain_field(e."changes"::text)
    || '|' || audit_chain_field(e."source")
    || '|' || audit_chain_field(e."address")
$$;

-- The advisory lock (an arbitrary constant, distinct from Prisma Migrate's 72707369) serialises
-- appends until the inserting transaction ends, so the next insert sees this row as the previous
-- one. Under READ COMMITTED (Prisma's default) each query here takes a fresh snapshot after the
-- lock is granted; in a REPEATABLE READ transaction a concurrent append would instead fail on the
-- unique seq, never fork the chain.
create function audit_chain() returns trigger language plpgsql as $$
declare
  previous record;
begin
  perform pg_advisory_xact_lock(20220921);
  select a."seq", a."hash" into previous from "AuditEvent" a order by a."seq" desc limit 1;
  new."seq" := coalesce(previous."seq", 0) + 1;
  new."prevHash" := coalesce(previous."hash", '');
  new."hash" := encode(sha256(convert_to(audit_event_canonical(new), 'UTF8')), 'hex');
  return new;
end
$$;

create trigger audit_chain before insert on "AuditEvent"
  for each row execute function audit_chain();
