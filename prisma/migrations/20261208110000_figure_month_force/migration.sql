-- CreateTable
CREATE TABLE "FigureMonthForce" (
    "month" DATE NOT NULL,
    "category" TEXT NOT NULL,
    "knifeUsed" BOOLEAN NOT NULL,
    "knifeRecovered" BOOLEAN NOT NULL,
    "outcomeCode" INTEGER NOT NULL,
    "n" INTEGER NOT NULL,

    CONSTRAINT "FigureMonthForce_pkey" PRIMARY KEY ("month","category","knifeUsed","knifeRecovered","outcomeCode")
);

-- Hand-written (issue 15: /figures at national in ≤ 300 ms). The force-wide figures (year to date,
-- outcome rates, the trend, time to outcome) read FigureMonth's counts summed over NPU and hotspot:
-- ~1,200 keys a month at national, 19,000-38,000 rows a view each. FigureMonthForce holds the same
-- counts without those two columns (~100 keys a month), kept from FigureMonth by its triggers in the
-- same transaction (FigureMonth itself is kept from FigureOffence), so it is never stale and always
-- FigureMonth summed: each statement on FigureMonth adds its new counts and takes away its old ones.
-- Keys are written in key order (no deadlock between writers); a key whose count falls to 0 stays.

create function figure_month_force_changed() returns trigger language plpgsql as $$
begin
  if tg_op = 'TRUNCATE' then
    truncate "FigureMonthForce";
    return null;
  end if;
  execute format($f$
    insert into "FigureMonthForce" as m ("month", "category", "knifeUsed", "knifeRecovered", "outcomeCode", "n")
    select d."month", d."category", d."knifeUsed", d."knifeRecovered", d."outcomeCode", sum(d.w)::int
    from (%s) d
    group by 1, 2, 3, 4, 5
    having sum(d.w) <> 0
    order by 1, 2, 3, 4, 5
    on conflict ("month", "category", "knifeUsed", "knifeRecovered", "outcomeCode")
    do update set "n" = m."n" + excluded."n"$f$,
    case tg_op
      when 'INSERT' then 'select n.*, n."n" as w from new_rows n'
      when 'UPDATE' then 'select n.*, n."n" as w from new_rows n union all select o.*, -o."n" from old_rows o'
      else 'select o.*, -o."n" as w from old_rows o'
    end);
  return null;
end $$;

do $$
declare
  ev text;
begin
  foreach ev in array array['insert', 'update', 'delete'] loop
    execute format('create trigger %I after %s on "FigureMonth" referencing %s for each statement execute function figure_month_force_changed()',
                   'figure_month_force_after_' || ev, ev,
                   case ev
                     when 'insert' then 'new table as new_rows'
                     when 'update' then 'old table as old_rows new table as new_rows'
                     else 'old table as old_rows'
                   end);
  end loop;
end $$;
create trigger figure_month_force_after_truncate after truncate on "FigureMonth"
  for each statement execute function figure_month_force_changed();

insert into "FigureMonthForce" ("month", "category", "knifeUsed", "knifeRecovered", "outcomeCode", "n")
select "month", "category", "knifeUsed", "knifeRecovered", "outcomeCode", sum("n")::int
from "FigureMonth"
group by 1, 2, 3, 4, 5;
