-- Hand-written (issue 17 with issue 15's budget): the hotspot figures (lib/figures/server/
-- get-hotspot-figures.ts) count a period's serious youth violence by hotspot, with its placement
-- (a point or not) and its harm weight (by code and day occurred). Read from Offence, a year at
-- national is 75,000 rows of 110,000 wide heap rows fetched and 35,000 thrown away by age: 98 ms a
-- period. This index holds exactly those rows and the columns the count reads, so it is an index-only
-- scan (40 ms). Its predicate is SYV_SQL's (lib/figures/server/figure-sql.ts): change both together.
create index "Offence_syv_hotspot_figures_idx" on "Offence" ("recordedOn")
  include ("offenceCode", "occurredOn", "knifeUsed", "hotspotId", "latitude", "longitude")
  where "offenceCode" in ('1', '2', '5D', '8N', '34A', '34B') and "youngestVictimAge" < 25;
