-- CreateTable
CREATE TABLE "FigureOffence" (
    "offenceId" INTEGER NOT NULL,
    "recordedOn" DATE NOT NULL,
    "npuId" INTEGER NOT NULL,
    "category" TEXT,
    "youngestVictimAge" INTEGER,
    "knifeUsed" BOOLEAN NOT NULL,
    "knifeRecovered" BOOLEAN NOT NULL,
    "inHotspot" BOOLEAN NOT NULL,
    "harmScore" INTEGER NOT NULL,
    "outcomeCode" INTEGER,
    "outcomeOn" DATE,

    CONSTRAINT "FigureOffence_pkey" PRIMARY KEY ("offenceId")
);

-- AddForeignKey
ALTER TABLE "FigureOffence" ADD CONSTRAINT "FigureOffence_offenceId_fkey" FOREIGN KEY ("offenceId") REFERENCES "Offence"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written (issue 15): the triggers that keep "FigureOffence" equal to its definition, in the
-- same transaction as the change, and the index the figures read through.
--
-- Offence's triggers write only the offence's columns and Investigation's only the outcome's: the
-- row lock on the figure row orders two writers, and each sets values from its own NEW row, so the
-- last committed state of both tables is what the row holds, whichever commits first. (A trigger
-- that re-read the other table could copy a value another transaction was about to change.)
-- Statement-level with transition tables, so an import of 100,000 offences is one INSERT … SELECT.
-- Only columns the figures count by are compared, so an edit of the summary writes nothing here.

create function figure_offence_insert_offences() returns trigger language plpgsql as $$
begin
  insert into "FigureOffence" ("offenceId", "recordedOn", "npuId", "category", "youngestVictimAge",
                               "knifeUsed", "knifeRecovered", "inHotspot", "harmScore",
                               "outcomeCode", "outcomeOn")
  select n.id, n."recordedOn", n."npuId", c."scrutinyCategoryCode", n."youngestVictimAge",
         n."knifeUsed", n."knifeRecovered", n."hotspotId" is not null, n."harmScore",
         i."outcomeCode", i."outcomeOn"
  from new_rows n
  join "OffenceCode" c on c.code = n."offenceCode"
  left join "Investigation" i on i."offenceId" = n.id;
  return null;
end $$;

create function figure_offence_update_offences() returns trigger language plpgsql as $$
begin
  update "FigureOffence" f
  set "recordedOn" = n."recordedOn", "npuId" = n."npuId", "category" = c."scrutinyCategoryCode",
      "youngestVictimAge" = n."youngestVictimAge", "knifeUsed" = n."knifeUsed",
      "knifeRecovered" = n."knifeRecovered", "inHotspot" = n."hotspotId" is not null,
      "harmScore" = n."harmScore"
  from new_rows n
  join "OffenceCode" c on c.code = n."offenceCode"
  where f."offenceId" = n.id
    and (f."recordedOn", f."npuId", f."category", f."youngestVictimAge", f."knifeUsed",
         f."knifeRecovered", f."inHotspot", f."harmScore")
        is distinct from
        (n."recordedOn", n."npuId", c."scrutinyCategoryCode", n."youngestVictimAge", n."knifeUsed",
         n."knifeRecovered", n."hotspotId" is not null, n."harmScore");
  return null;
end $$;

create function figure_offence_set_outcomes() returns trigger language plpgsql as $$
begin
  update "FigureOffence" f
  set "outcomeCode" = n."outcomeCode", "outcomeOn" = n."outcomeOn"
  from new_rows n
  where f."offenceId" = n."offenceId"
    and (f."outcomeCode", f."outcomeOn") is distinct from (n."outcomeCode", n."outcomeOn");
  return null;
end $$;

-- An investigation moved to another offence (none does today) leaves its old offence without one.
create function figure_offence_update_outcomes() returns trigger language plpgsql as $$
begin
  update "FigureOffence" f
  set "outcomeCode" = null, "outcomeOn" = null
  from old_rows o
  where f."offenceId" = o."offenceId"
    and not exists (select 1 from new_rows n where n."offenceId" = o."offenceId")
    and (f."outcomeCode" is not null or f."outcomeOn" is not null);
  update "FigureOffence" f
  set "outcomeCode" = n."outcomeCode", "outcomeOn" = n."outcomeOn"
  from new_rows n
  where f."offenceId" = n."offenceId"
    and (f."outcomeCode", f."outcomeOn") is distinct from (n."outcomeCode", n."outcomeOn");
  return null;
end $$;

create trigger figure_offence_after_insert after insert on "Offence"
  referencing new table as new_rows for each statement execute function figure_offence_insert_offences();
create trigger figure_offence_after_update after update on "Offence"
  referencing new table as new_rows for each statement execute function figure_offence_update_offences();
create trigger figure_offence_after_insert after insert on "Investigation"
  referencing new table as new_rows for each statement execute function figure_offence_set_outcomes();
create trigger figure_offence_after_update after update on "Investigation"
  referencing old table as old_rows new table as new_rows
  for each statement execute function figure_offence_update_outcomes();

insert into "FigureOffence" ("offenceId", "recordedOn", "npuId", "category", "youngestVictimAge",
                             "knifeUsed", "knifeRecovered", "inHotspot", "harmScore",
                             "outcomeCode", "outcomeOn")
select o.id, o."recordedOn", o."npuId", c."scrutinyCategoryCode", o."youngestVictimAge",
       o."knifeUsed", o."knifeRecovered", o."hotspotId" is not null, o."harmScore",
       i."outcomeCode", i."outcomeOn"
from "Offence" o
join "OffenceCode" c on c.code = o."offenceCode"
left join "Investigation" i on i."offenceId" = o.id;

-- Serious youth violence (domain.md) by recorded date, with every column the figures count by:
-- each figure is an index-only range scan of the rows in scope.
create index "FigureOffence_syv_recordedOn_idx" on "FigureOffence"
  ("recordedOn") include ("npuId", "category", "knifeUsed", "knifeRecovered", "inHotspot",
                         "harmScore", "outcomeCode", "outcomeOn")
  where "category" is not null and "youngestVictimAge" < 25;

-- The runtime role gets its rights from the default privileges (audit_sealer): the triggers run as
-- the writer, so it must be able to insert and update here.
