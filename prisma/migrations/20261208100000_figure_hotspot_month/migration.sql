-- CreateTable
CREATE TABLE "FigureHotspotMonth" (
    "month" DATE NOT NULL,
    "hotspotId" INTEGER NOT NULL,
    "placed" BOOLEAN NOT NULL,
    "knifeUsed" BOOLEAN NOT NULL,
    "offenceCode" TEXT NOT NULL,
    "rmsGiven" BOOLEAN NOT NULL,
    "rmsHotspotCode" TEXT NOT NULL,
    "n" INTEGER NOT NULL,
    "harm" DECIMAL(65,30) NOT NULL,

    CONSTRAINT "FigureHotspotMonth_pkey" PRIMARY KEY ("month","hotspotId","placed","knifeUsed","offenceCode","rmsGiven","rmsHotspotCode")
);

-- Hand-written (issue 15: /figures at national in ≤ 300 ms). The hotspot figures
-- (lib/figures/server/get-hotspot-figures.ts) count a period's serious youth violence by hotspot and
-- placement, with knife use, harm and the RMS codes that disagree: read from Offence that is ~75,000
-- index rows a period, twice a view. FigureHotspotMonth holds the same counts per month of recording
-- and key (~3,700 rows a year at national), kept by triggers on Offence in the same transaction as
-- the change, so it is never stale; the figures read it for whole months and Offence for the days
-- of part-months. Only serious youth violence is kept: SYV_SQL's codes and the youngest victim under
-- 25 (the predicate of "Offence_syv_hotspot_figures_idx": change all three together).
--
-- Keys: "hotspotId" 0 for none; "placed" the offence has a point; "rmsGiven"/"rmsHotspotCode" the
-- RMS's hotspot code of an offence placed in a hotspot (false/'' otherwise), so the disagreements are
-- counted against the hotspot's code when read. "harm" sums each offence's weight (lib/figures/server/
-- harm-sql.ts: the HarmWeight row of its code in force on the day it occurred, 0 when none), exact
-- in numeric. A new harm weight changes the harm of offences already counted, so a change to
-- HarmWeight counts every key again from Offence. The lock on this table orders
-- a recount against offence writers: each writer takes ROW EXCLUSIVE before it reads the weights and
-- the recount EXCLUSIVE, so a writer that started first is seen by the recount and one that started
-- after reads the new weight. Keys are written in key order (no deadlock between writers); a key whose
-- count falls to 0 stays with n = 0 and counts nothing.

-- The statement that adds (sign 1) or takes away (sign -1) the Offence rows of relation `rows_sql` (a
-- transition table or a query over one), run by EXECUTE in the trigger so it sees the transition tables.
create function figure_hotspot_sql(rows_sql text, sign int) returns text language sql immutable as $$
  select format($f$
    insert into "FigureHotspotMonth" as m ("month", "hotspotId", "placed", "knifeUsed", "offenceCode",
                                           "rmsGiven", "rmsHotspotCode", "n", "harm")
    select date_trunc('month', o."recordedOn")::date, coalesce(o."hotspotId", 0),
           o."latitude" is not null and o."longitude" is not null, o."knifeUsed", o."offenceCode",
           o."hotspotId" is not null and o."rmsHotspotCode" is not null,
           case when o."hotspotId" is not null then coalesce(o."rmsHotspotCode", '') else '' end,
           (%2$s * count(*))::int, %2$s * coalesce(sum(w.weight::numeric), 0)
    from %1$s o
    left join lateral (select h.weight from "HarmWeight" h
                       where h."offenceCode" = o."offenceCode" and h."effectiveFrom" <= o."occurredOn"
                       order by h."effectiveFrom" desc limit 1) w on true
    where o."offenceCode" in ('1', '2', '5D', '8N', '34A', '34B') and o."youngestVictimAge" < 25
    group by 1, 2, 3, 4, 5, 6, 7
    order by 1, 2, 3, 4, 5, 6, 7
    on conflict ("month", "hotspotId", "placed", "knifeUsed", "offenceCode", "rmsGiven", "rmsHotspotCode")
    do update set "n" = m."n" + excluded."n", "harm" = m."harm" + excluded."harm"$f$, rows_sql, sign)
$$;

-- Offences added, changed or taken away, one statement at a time (the transition tables of the
-- statement's event). An update counts only offences whose counted columns changed: an edit of the
-- summary writes nothing here.
create function figure_hotspot_offences_changed() returns trigger language plpgsql as $$
declare
  changed constant text := $c$ join %s x on x.id = o.id
    where (o."recordedOn", o."occurredOn", o."offenceCode", o."youngestVictimAge", o."hotspotId",
           o."latitude" is not null and o."longitude" is not null, o."knifeUsed", o."rmsHotspotCode")
          is distinct from
          (x."recordedOn", x."occurredOn", x."offenceCode", x."youngestVictimAge", x."hotspotId",
           x."latitude" is not null and x."longitude" is not null, x."knifeUsed", x."rmsHotspotCode")$c$;
begin
  if tg_op = 'TRUNCATE' then
    truncate "FigureHotspotMonth";
    return null;
  end if;
  lock table "FigureHotspotMonth" in row exclusive mode;
  if tg_op = 'UPDATE' then
    execute figure_hotspot_sql('(select o.* from old_rows o' || format(changed, 'new_rows') || ')', -1);
    execute figure_hotspot_sql('(select o.* from new_rows o' || format(changed, 'old_rows') || ')', 1);
  elsif tg_op = 'INSERT' then
    execute figure_hotspot_sql('new_rows', 1);
  else
    execute figure_hotspot_sql('old_rows', -1);
  end if;
  return null;
end $$;

-- A harm weight added, changed or taken away (a rare act of an administrator; ~0.8 s at national):
-- every key is counted again from Offence, under the lock that orders it against offence writers.
create function figure_hotspot_recount() returns trigger language plpgsql as $$
begin
  lock table "FigureHotspotMonth" in exclusive mode;
  delete from "FigureHotspotMonth";
  execute figure_hotspot_sql('"Offence"', 1);
  return null;
end $$;

do $$
declare
  e text[];
begin
  foreach e slice 1 in array array[
    ['insert', 'referencing new table as new_rows'],
    ['update', 'referencing old table as old_rows new table as new_rows'],
    ['delete', 'referencing old table as old_rows'],
    ['truncate', '']
  ] loop
    execute format('create trigger %I after %s on "Offence" %s for each statement execute function %I()',
                   'figure_hotspot_after_' || e[1], e[1], e[2], 'figure_hotspot_offences_changed');
  end loop;
end $$;

create trigger figure_hotspot_after_weights after insert or update or delete or truncate on "HarmWeight"
  for each statement execute function figure_hotspot_recount();

do $$ begin execute figure_hotspot_sql('"Offence"', 1); end $$;
