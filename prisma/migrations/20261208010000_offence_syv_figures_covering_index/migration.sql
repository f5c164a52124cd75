-- Hand-written (issue 15: /figures in 300 ms at national). The figures page's map and hotspot
-- sections read a year of serious youth violence from Offence through
-- "Offence_syv_hotspot_figures_idx": the hotspot counts index-only, but the map's points
-- (lib/hotspots/server/list-map-points.ts), its per-NPU counts (count-map-points-by-npu.ts) and the
-- RMS-code mismatch count (get-hotspot-figures.ts) also read id, "crimeReference", "npuId",
-- "youngestVictimAge" or "rmsHotspotCode", so each fetched ~75,000 heap rows (4,750 pages) a view:
-- 110-250 ms each at national on a loaded machine. The same index with those columns included
-- serves all five index-only. Its predicate is still SYV_SQL's (lib/figures/server/figure-sql.ts):
-- change both together.
drop index "Offence_syv_hotspot_figures_idx";
create index "Offence_syv_hotspot_figures_idx" on "Offence" ("recordedOn")
  include ("offenceCode", "occurredOn", "knifeUsed", "hotspotId", "latitude", "longitude",
           "id", "crimeReference", "npuId", "youngestVictimAge", "rmsHotspotCode")
  where "offenceCode" in ('1', '2', '5D', '8N', '34A', '34B') and "youngestVictimAge" < 25;
