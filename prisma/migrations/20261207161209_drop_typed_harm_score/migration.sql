-- Issue 17: harm comes from the dated harm weight table (HarmWeight, lib/figures/server/harm-sql.ts);
-- the typed-in harm score was read by no figure, so the form no longer asks for it and its column
-- and the figures' copies of it go. The triggers that kept the copies are redefined without them
-- first (plpgsql is checked only when it runs), then the columns dropped. Dropping
-- FigureOffence."harmScore" drops the index that included it: it is created again without it.

create or replace function figure_offence_insert_offences() returns trigger language plpgsql as $$
begin
  insert into "FigureOffence" ("offenceId", "recordedOn", "npuId", "category", "youngestVictimAge",
                               "knifeUsed", "knifeRecovered", "inHotspot", "outcomeCode", "outcomeOn")
  select n.id, n."recordedOn", n."npuId", c."scrutinyCategoryCode", n."youngestVictimAge",
         n."knifeUsed", n."knifeRecovered", n."hotspotId" is not null, i."outcomeCode", i."outcomeOn"
  from new_rows n
  join "OffenceCode" c on c.code = n."offenceCode"
  left join "Investigation" i on i."offenceId" = n.id;
  return null;
end $$;

create or replace function figure_offence_update_offences() returns trigger language plpgsql as $$
begin
  update "FigureOffence" f
  set "recordedOn" = n."recordedOn", "npuId" = n."npuId", "category" = c."scrutinyCategoryCode",
      "youngestVictimAge" = n."youngestVictimAge", "knifeUsed" = n."knifeUsed",
      "knifeRecovered" = n."knifeRecovered", "inHotspot" = n."hotspotId" is not null
  from new_rows n
  join "OffenceCode" c on c.code = n."offenceCode"
  where f."offenceId" = n.id
    and (f."recordedOn", f."npuId", f."category", f."youngestVictimAge", f."knifeUsed",
         f."knifeRecovered", f."inHotspot")
        is distinct from
        (n."recordedOn", n."npuId", c."scrutinyCategoryCode", n."youngestVictimAge", n."knifeUsed",
         n."knifeRecovered", n."hotspotId" is not null);
  return null;
end $$;

create or replace function figure_month_insert() returns trigger language plpgsql as $$
begin
  insert into "FigureMonth" as m ("month", "npuId", "category", "knifeUsed", "knifeRecovered", "inHotspot",
                                  "outcomeCode", "n")
  select date_trunc('month', n."recordedOn")::date, n."npuId", n."category", n."knifeUsed", n."knifeRecovered",
         n."inHotspot", coalesce(n."outcomeCode", -1), count(*)::int
  from new_rows n
  where n."category" is not null and n."youngestVictimAge" < 25
  group by 1, 2, 3, 4, 5, 6, 7
  order by 1, 2, 3, 4, 5, 6, 7
  on conflict ("month", "npuId", "category", "knifeUsed", "knifeRecovered", "inHotspot", "outcomeCode")
  do update set "n" = m."n" + excluded."n";
  return null;
end $$;

create or replace function figure_month_update() returns trigger language plpgsql as $$
begin
  insert into "FigureMonth" as m ("month", "npuId", "category", "knifeUsed", "knifeRecovered", "inHotspot",
                                  "outcomeCode", "n")
  select date_trunc('month', d."recordedOn")::date, d."npuId", d."category", d."knifeUsed", d."knifeRecovered",
         d."inHotspot", coalesce(d."outcomeCode", -1), sum(d.w)::int
  from (
    select n.*, 1 as w from new_rows n where n."category" is not null and n."youngestVictimAge" < 25
    union all
    select o.*, -1 as w from old_rows o where o."category" is not null and o."youngestVictimAge" < 25
  ) d
  group by 1, 2, 3, 4, 5, 6, 7
  having sum(d.w) <> 0
  order by 1, 2, 3, 4, 5, 6, 7
  on conflict ("month", "npuId", "category", "knifeUsed", "knifeRecovered", "inHotspot", "outcomeCode")
  do update set "n" = m."n" + excluded."n";
  return null;
end $$;

create or replace function figure_month_delete() returns trigger language plpgsql as $$
begin
  insert into "FigureMonth" as m ("month", "npuId", "category", "knifeUsed", "knifeRecovered", "inHotspot",
                                  "outcomeCode", "n")
  select date_trunc('month', o."recordedOn")::date, o."npuId", o."category", o."knifeUsed", o."knifeRecovered",
         o."inHotspot", coalesce(o."outcomeCode", -1), -count(*)::int
  from old_rows o
  where o."category" is not null and o."youngestVictimAge" < 25
  group by 1, 2, 3, 4, 5, 6, 7
  order by 1, 2, 3, 4, 5, 6, 7
  on conflict ("month", "npuId", "category", "knifeUsed", "knifeRecovered", "inHotspot", "outcomeCode")
  do update set "n" = m."n" + excluded."n";
  return null;
end $$;

-- AlterTable
ALTER TABLE "Offence" DROP COLUMN "harmScore";

-- AlterTable
ALTER TABLE "FigureOffence" DROP COLUMN "harmScore";

-- AlterTable
ALTER TABLE "FigureMonth" DROP COLUMN "harm";

-- Serious youth violence by recorded date, with every column the figures count by (as before).
create index if not exists "FigureOffence_syv_recordedOn_idx" on "FigureOffence"
  ("recordedOn") include ("npuId", "category", "knifeUsed", "knifeRecovered", "inHotspot",
                         "outcomeCode", "outcomeOn")
  where "category" is not null and "youngestVictimAge" < 25;
