-- The audit chain trigger: the same chain, about three times cheaper per row. It used to call
-- audit_event_canonical(new), whose audit_chain_field() calls PostgreSQL cannot inline (the argument
-- is used three times), so each of the 14 fields ran the SQL-function executor: most of the time of
-- a 100,000-row import (issue 7). The loop below builds the same canonical text, version 1, field
-- by field; audit_event_canonical() stays as its reference (a test compares the two), and
-- `npm run audit:verify` recomputes every hash from the stored rows.
create or replace function audit_chain() returns trigger language plpgsql as $$
declare
  previous record;
  canonical text := 'captiva-audit-v1';
  v text;
begin
  perform pg_advisory_xact_lock(20220921);
  select a."seq", a."hash" into previous from "AuditEvent" a order by a."seq" desc limit 1;
  new."seq" := coalesce(previous."seq", 0) + 1;
  new."prevHash" := coalesce(previous."hash", '');
  foreach v in array array[new."prevHash", new."seq"::text, to_char(new."occurredAt" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
      new."actorId"::text, new."actorLabel", new."category"::text, new."event", new."entityType", new."entityId",
      new."justification", new."recipients", new."changes"::text, new."source", new."address"] loop
    canonical := canonical || '|' || case when v is null then '-' else octet_length(convert_to(v, 'UTF8'))::text || ':' || v end;
  end loop;
  new."hash" := encode(sha256(convert_to(canonical, 'UTF8')), 'hex');
  return new;
end
$$;
