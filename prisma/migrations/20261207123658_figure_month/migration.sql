-- CreateTable
CREATE TABLE "FigureMonth" (
    "month" DATE NOT NULL,
    "npuId" INTEGER NOT NULL,
    "category" TEXT NOT NULL,
    "knifeUsed" BOOLEAN NOT NULL,
    "knifeRecovered" BOOLEAN NOT NULL,
    "inHotspot" BOOLEAN NOT NULL,
    "outcomeCode" INTEGER NOT NULL,
    "n" INTEGER NOT NULL,
    "harm" INTEGER NOT NULL,

    CONSTRAINT "FigureMonth_pkey" PRIMARY KEY ("month","npuId","category","knifeUsed","knifeRecovered","inHotspot","outcomeCode")
);

-- Hand-written (issue 15): FigureMonth is kept from FigureOffence (itself kept from Offence and
-- Investigation) in the same transaction, so the figures are never stale. Each statement on
-- FigureOffence adds its new rows and takes away its old ones, summed per key: an import of
-- 100,000 offences is one INSERT … ON CONFLICT of a few thousand keys. Keys are written in key
-- order so two writers lock shared keys in the same order (no deadlock). Only serious youth
-- violence is kept (a scrutiny category and the youngest victim under 25): that is all the
-- figures count. A key whose count falls to 0 stays with n = 0 and counts nothing.

create function figure_month_insert() returns trigger language plpgsql as $$
begin
  insert into "FigureMonth" as m ("month", "npuId", "category", "knifeUsed", "knifeRecovered", "inHotspot",
                                  "outcomeCode", "n", "harm")
  select date_trunc('month', n."recordedOn")::date, n."npuId", n."category", n."knifeUsed", n."knifeRecovered",
         n."inHotspot", coalesce(n."outcomeCode", -1), count(*)::int, sum(n."harmScore")::int
  from new_rows n
  where n."category" is not null and n."youngestVictimAge" < 25
  group by 1, 2, 3, 4, 5, 6, 7
  order by 1, 2, 3, 4, 5, 6, 7
  on conflict ("month", "npuId", "category", "knifeUsed", "knifeRecovered", "inHotspot", "outcomeCode")
  do update set "n" = m."n" + excluded."n", "harm" = m."harm" + excluded."harm";
  return null;
end $$;

create function figure_month_update() returns trigger language plpgsql as $$
begin
  insert into "FigureMonth" as m ("month", "npuId", "category", "knifeUsed", "knifeRecovered", "inHotspot",
                                  "outcomeCode", "n", "harm")
  select date_trunc('month', d."recordedOn")::date, d."npuId", d."category", d."knifeUsed", d."knifeRecovered",
         d."inHotspot", coalesce(d."outcomeCode", -1), sum(d.w)::int, sum(d.w * d."harmScore")::int
  from (
    select n.*, 1 as w from new_rows n where n."category" is not null and n."youngestVictimAge" < 25
    union all
    select o.*, -1 as w from old_rows o where o."category" is not null and o."youngestVictimAge" < 25
  ) d
  group by 1, 2, 3, 4, 5, 6, 7
  having sum(d.w) <> 0 or sum(d.w * d."harmScore") <> 0
  order by 1, 2, 3, 4, 5, 6, 7
  on conflict ("month", "npuId", "category", "knifeUsed", "knifeRecovered", "inHotspot", "outcomeCode")
  do update set "n" = m."n" + excluded."n", "harm" = m."harm" + excluded."harm";
  return null;
end $$;

create function figure_month_delete() returns trigger language plpgsql as $$
begin
  insert into "FigureMonth" as m ("month", "npuId", "category", "knifeUsed", "knifeRecovered", "inHotspot",
                                  "outcomeCode", "n", "harm")
  select date_trunc('month', o."recordedOn")::date, o."npuId", o."category", o."knifeUsed", o."knifeRecovered",
         o."inHotspot", coalesce(o."outcomeCode", -1), -count(*)::int, -sum(o."harmScore")::int
  from old_rows o
  where o."category" is not null and o."youngestVictimAge" < 25
  group by 1, 2, 3, 4, 5, 6, 7
  order by 1, 2, 3, 4, 5, 6, 7
  on conflict ("month", "npuId", "category", "knifeUsed", "knifeRecovered", "inHotspot", "outcomeCode")
  do update set "n" = m."n" + excluded."n", "harm" = m."harm" + excluded."harm";
  return null;
end $$;

create function figure_month_truncate() returns trigger language plpgsql as $$
begin
  truncate "FigureMonth", "FigureLag";
  return null;
end $$;

create trigger figure_month_after_insert after insert on "FigureOffence"
  referencing new table as new_rows for each statement execute function figure_month_insert();
create trigger figure_month_after_update after update on "FigureOffence"
  referencing old table as old_rows new table as new_rows for each statement execute function figure_month_update();
create trigger figure_month_after_delete after delete on "FigureOffence"
  referencing old table as old_rows for each statement execute function figure_month_delete();
create trigger figure_month_after_truncate after truncate on "FigureOffence"
  for each statement execute function figure_month_truncate();

insert into "FigureMonth" ("month", "npuId", "category", "knifeUsed", "knifeRecovered", "inHotspot",
                           "outcomeCode", "n", "harm")
select date_trunc('month', f."recordedOn")::date, f."npuId", f."category", f."knifeUsed", f."knifeRecovered",
       f."inHotspot", coalesce(f."outcomeCode", -1), count(*)::int, sum(f."harmScore")::int
from "FigureOffence" f
where f."category" is not null and f."youngestVictimAge" < 25
group by 1, 2, 3, 4, 5, 6, 7;

-- Outcomes dated after an as-at day, to rewind the whole months' counts: a range scan from the
-- as-at day (empty as at today) rather than every row of the months.
create index "FigureOffence_syv_outcomeOn_idx" on "FigureOffence"
  ("outcomeOn") include ("recordedOn", "npuId", "category", "knifeUsed", "knifeRecovered", "inHotspot",
                        "outcomeCode")
  where "category" is not null and "youngestVictimAge" < 25 and "outcomeOn" is not null;

-- CreateTable
CREATE TABLE "FigureLag" (
    "month" DATE NOT NULL,
    "lag" INTEGER NOT NULL,
    "n" INTEGER NOT NULL,

    CONSTRAINT "FigureLag_pkey" PRIMARY KEY ("month","lag")
);

-- Hand-written (issue 15): FigureLag counts the offences in scope with a dated outcome (1-23) as it
-- is now, by month of recording and days from recording to outcome, kept from FigureOffence as
-- FigureMonth is. The time-to-outcome figure rewinds outcomes dated after the as-at day from
-- FigureOffence (figure-sql.ts, lagRows).
create function figure_lag_insert() returns trigger language plpgsql as $$
begin
  insert into "FigureLag" as m ("month", "lag", "n")
  select date_trunc('month', n."recordedOn")::date, n."outcomeOn" - n."recordedOn", count(*)::int
  from new_rows n
  where n."category" is not null and n."youngestVictimAge" < 25 and n."outcomeCode" > 0 and n."outcomeOn" is not null
  group by 1, 2
  order by 1, 2
  on conflict ("month", "lag") do update set "n" = m."n" + excluded."n";
  return null;
end $$;

create function figure_lag_update() returns trigger language plpgsql as $$
begin
  insert into "FigureLag" as m ("month", "lag", "n")
  select date_trunc('month', d."recordedOn")::date, d."outcomeOn" - d."recordedOn", sum(d.w)::int
  from (
    select n."recordedOn", n."outcomeOn", 1 as w from new_rows n
      where n."category" is not null and n."youngestVictimAge" < 25 and n."outcomeCode" > 0 and n."outcomeOn" is not null
    union all
    select o."recordedOn", o."outcomeOn", -1 as w from old_rows o
      where o."category" is not null and o."youngestVictimAge" < 25 and o."outcomeCode" > 0 and o."outcomeOn" is not null
  ) d
  group by 1, 2
  having sum(d.w) <> 0
  order by 1, 2
  on conflict ("month", "lag") do update set "n" = m."n" + excluded."n";
  return null;
end $$;

create function figure_lag_delete() returns trigger language plpgsql as $$
begin
  insert into "FigureLag" as m ("month", "lag", "n")
  select date_trunc('month', o."recordedOn")::date, o."outcomeOn" - o."recordedOn", -count(*)::int
  from old_rows o
  where o."category" is not null and o."youngestVictimAge" < 25 and o."outcomeCode" > 0 and o."outcomeOn" is not null
  group by 1, 2
  order by 1, 2
  on conflict ("month", "lag") do update set "n" = m."n" + excluded."n";
  return null;
end $$;

create trigger figure_lag_after_insert after insert on "FigureOffence"
  referencing new table as new_rows for each statement execute function figure_lag_insert();
create trigger figure_lag_after_update after update on "FigureOffence"
  referencing old table as old_rows new table as new_rows for each statement execute function figure_lag_update();
create trigger figure_lag_after_delete after delete on "FigureOffence"
  referencing old table as old_rows for each statement execute function figure_lag_delete();

insert into "FigureLag" ("month", "lag", "n")
select date_trunc('month', f."recordedOn")::date, f."outcomeOn" - f."recordedOn", count(*)::int
from "FigureOffence" f
where f."category" is not null and f."youngestVictimAge" < 25 and f."outcomeCode" > 0 and f."outcomeOn" is not null
group by 1, 2;
