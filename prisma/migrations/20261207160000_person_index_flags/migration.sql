-- Issue 18, speed at the national seed: the people index's filters on a person's offences (role,
-- repeat victim, repeat suspect or offender) as one narrow row per person, kept by triggers in the
-- change's transaction. Counted from the links each time, "repeat victim" alone took 0.8 to 2.4 s
-- and a role alone 0.6 to 0.9 s over 1.06 M persons and 1.3 M links.
--
-- A role column is true while the person has a live (not removed) link in that role. "Repeat" is
-- two or more offences in the 12 months to today (lib/persons/rules.ts); the window moves every day,
-- so the row keeps the date of the second most recent offence in that role instead: two or more
-- fall in the window exactly when that date does, since no offence occurs after the day it is
-- recorded (the form and the import refuse a future date).
create table "PersonIndexFlag" (
  "personId" integer primary key references "Person"("id"),
  "victim" boolean not null default false,
  "suspect" boolean not null default false,
  "offender" boolean not null default false,
  "witness" boolean not null default false,
  "personOfInterest" boolean not null default false,
  "repeatVictimOn" date,
  "repeatOffenderOn" date
);

create function person_index_flag_refresh(ids integer[]) returns void language plpgsql as $$
begin
  if ids is null or cardinality(ids) = 0 then return; end if;
  -- Lock each person's row first, so a concurrent change to the same person waits, and the counts
  -- below (a new snapshot, read committed) see what it committed.
  insert into "PersonIndexFlag" ("personId") select distinct unnest(ids) order by 1 on conflict do nothing;
  perform 1 from "PersonIndexFlag" where "personId" = any(ids) order by "personId" for update;
  update "PersonIndexFlag" f set
    "victim" = c.victim, "suspect" = c.suspect, "offender" = c.offender, "witness" = c.witness,
    "personOfInterest" = c.poi, "repeatVictimOn" = c.repeat_victim, "repeatOffenderOn" = c.repeat_offender
  from (
    select p.id,
      coalesce(bool_or(op.role = 'VICTIM'), false) as victim,
      coalesce(bool_or(op.role = 'SUSPECT'), false) as suspect,
      coalesce(bool_or(op.role = 'OFFENDER'), false) as offender,
      coalesce(bool_or(op.role = 'WITNESS'), false) as witness,
      coalesce(bool_or(op.role = 'PERSON_OF_INTEREST'), false) as poi,
      (array_agg(o."occurredOn" order by o."occurredOn" desc) filter (where op.role = 'VICTIM'))[2] as repeat_victim,
      (array_agg(o."occurredOn" order by o."occurredOn" desc)
        filter (where op.role in ('SUSPECT', 'OFFENDER')))[2] as repeat_offender
    from (select distinct unnest(ids) as id) p
    left join "OffencePerson" op on op."personId" = p.id and op."removedAt" is null
    left join "Offence" o on o.id = op."offenceId"
    group by p.id
  ) c
  where f."personId" = c.id;
end $$;

create function person_index_flag_links_inserted() returns trigger language plpgsql as $$
begin
  perform person_index_flag_refresh(array(select distinct "personId" from new_rows));
  return null;
end $$;
create function person_index_flag_links_updated() returns trigger language plpgsql as $$
begin
  -- A link moved to another person (a merge or its undo) changes both.
  perform person_index_flag_refresh(array(
    select n."personId" from new_rows n join old_rows o on o.id = n.id
    where n."personId" is distinct from o."personId" or n.role is distinct from o.role
       or n."removedAt" is distinct from o."removedAt"
    union
    select o."personId" from new_rows n join old_rows o on o.id = n.id
    where n."personId" is distinct from o."personId" or n.role is distinct from o.role
       or n."removedAt" is distinct from o."removedAt"));
  return null;
end $$;
create function person_index_flag_offence_dated() returns trigger language plpgsql as $$
begin
  perform person_index_flag_refresh(array(
    select distinct op."personId" from new_rows n join old_rows o on o.id = n.id
      join "OffencePerson" op on op."offenceId" = n.id
    where n."occurredOn" is distinct from o."occurredOn"));
  return null;
end $$;

create trigger person_index_flag_after_insert after insert on "OffencePerson"
  referencing new table as new_rows for each statement execute function person_index_flag_links_inserted();
create trigger person_index_flag_after_update after update on "OffencePerson"
  referencing old table as old_rows new table as new_rows
  for each statement execute function person_index_flag_links_updated();
create trigger person_index_flag_after_offence_update after update on "Offence"
  referencing old table as old_rows new table as new_rows
  for each statement execute function person_index_flag_offence_dated();

-- Every person with a link today.
insert into "PersonIndexFlag"
select op."personId",
  bool_or(op.role = 'VICTIM'), bool_or(op.role = 'SUSPECT'), bool_or(op.role = 'OFFENDER'),
  bool_or(op.role = 'WITNESS'), bool_or(op.role = 'PERSON_OF_INTEREST'),
  (array_agg(o."occurredOn" order by o."occurredOn" desc) filter (where op.role = 'VICTIM'))[2],
  (array_agg(o."occurredOn" order by o."occurredOn" desc) filter (where op.role in ('SUSPECT', 'OFFENDER')))[2]
from "OffencePerson" op join "Offence" o on o.id = op."offenceId"
where op."removedAt" is null
group by op."personId";

-- A role alone lists hundreds of thousands: read by these in person order (a merge join with
-- Person's key). A repeat filter lists thousands: read by its date.
create index "PersonIndexFlag_victim_idx" on "PersonIndexFlag" ("personId") where "victim";
create index "PersonIndexFlag_suspect_idx" on "PersonIndexFlag" ("personId") where "suspect";
create index "PersonIndexFlag_offender_idx" on "PersonIndexFlag" ("personId") where "offender";
create index "PersonIndexFlag_witness_idx" on "PersonIndexFlag" ("personId") where "witness";
create index "PersonIndexFlag_personOfInterest_idx" on "PersonIndexFlag" ("personId") where "personOfInterest";
create index "PersonIndexFlag_repeatVictimOn_idx" on "PersonIndexFlag" ("repeatVictimOn")
  where "repeatVictimOn" is not null;
create index "PersonIndexFlag_repeatOffenderOn_idx" on "PersonIndexFlag" ("repeatOffenderOn")
  where "repeatOffenderOn" is not null;

-- The runtime role gets its rights from the default privileges (audit_sealer): the triggers run as
-- the user whose change fires them.

-- The NPU filter reads its persons in the index's order (name, then id): page 200 of an NPU's
-- under-25s read 70,000 persons by name to find 5,000 of them (0.5 s). It replaces the NPU index.
create index "Person_npuId_name_idx" on "Person" ("npuId", "surname", "forenames", "id")
  where "mergedIntoId" is null;
drop index "Person_npuId_idx";
