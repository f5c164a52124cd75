import type pg from "pg";
import { area, bbox } from "@turf/turf";
import { demoHotspotAreas, demoNpuAreas } from "@/lib/geo/demo-areas";
import { BEGINNING } from "@/lib/geo/plan-geofences";
import { DEFAULT_HARM_WEIGHTS, HARM_DEFAULT_FROM, HARM_SOURCE_DEFAULT } from "@/lib/hotspots/harm-weights";
import { HOTSPOTS } from "@/lib/reference/hotspots";

// Issue 17 reference data: the synthetic NPU boundaries and hotspot geofences (lib/geo/demo-areas)
// and the default harm weights. Like the rest of the reference data, added where missing and
// never overwriting what an administrator or an import has set.

export async function upsertGeoReference(client: pg.ClientBase, hotspotIds: number[]): Promise<void> {
  const npus = demoNpuAreas().features;
  await client.query(
    `update "Npu" n set "boundary" = v.b::jsonb, "areaKm2" = v.a
     from unnest($1::text[], $2::text[], $3::float8[]) as v(name, b, a)
     where n."name" = v.name and n."boundary" is null`,
    [
      npus.map((f) => String(f.properties?.npu)),
      npus.map((f) => JSON.stringify(f.geometry)),
      npus.map((f) => Math.round(area(f) / 1000) / 1000),
    ],
  );
  const fences = demoHotspotAreas().features;
  const boxes = fences.map((f) => bbox(f));
  await client.query(
    `insert into "HotspotGeofence" ("hotspotId", "geometry", "areaKm2", "minLon", "minLat", "maxLon", "maxLat", "activeFrom")
     select v.h, v.g::jsonb, v.a, v.w, v.s, v.e, v.n, $8::date
     from unnest($1::int[], $2::text[], $3::float8[], $4::float8[], $5::float8[], $6::float8[], $7::float8[])
       as v(h, g, a, w, s, e, n)
     where not exists (select 1 from "HotspotGeofence" x where x."hotspotId" = v.h)
`,
    [
      HOTSPOTS.map((_, i) => hotspotIds[i]),
      fences.map((f) => JSON.stringify(f.geometry)),
      fences.map((f) => Math.round(area(f) / 1000) / 1000),
      boxes.map((b) => b[0]),
      boxes.map((b) => b[1]),
      boxes.map((b) => b[2]),
      boxes.map((b) => b[3]),
      BEGINNING,
    ],
  );
  const codes = Object.keys(DEFAULT_HARM_WEIGHTS);
  await client.query(
    `insert into "HarmWeight" ("offenceCode", "weight", "effectiveFrom", "source")
     select v.c, v.w, $3::date, $4 from unnest($1::text[], $2::float8[]) as v(c, w)
     where exists (select 1 from "OffenceCode" oc where oc.code = v.c)
     on conflict ("offenceCode", "effectiveFrom") do nothing`,
    [codes, codes.map((c) => DEFAULT_HARM_WEIGHTS[c]), HARM_DEFAULT_FROM, HARM_SOURCE_DEFAULT],
  );
}
