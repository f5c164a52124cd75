import { NPUS, FORCE_AREA_KM2 } from "@/lib/reference/npus";
import { HOTSPOT_AREA_SHARE, type HotspotRef } from "@/lib/reference/hotspots";
import { Rng } from "@/prisma/factories/random";

// How the 57 synthetic hotspots in lib/reference/hotspots.ts were made: from a fixed seed, in
// proportion to each NPU's share of SYV, ~1.4% of the force area. The app reads the table there
// (reference data must not depend on the test factories); build-hotspots.test.ts proves this
// generator still produces exactly that table.

// Roughly in proportion to each NPU's share of SYV; sums to 57.
const PER_NPU: Record<string, number> = {
  "Birmingham East": 7,
  "Birmingham North": 5,
  "Birmingham South": 6,
  "Birmingham West": 7,
  Coventry: 6,
  Dudley: 5,
  Sandwell: 6,
  Solihull: 3,
  Walsall: 6,
  Wolverhampton: 6,
};

export function buildHotspots(): HotspotRef[] {
  const rng = new Rng("captiva-hotspots-v1");
  const shapes: { npu: (typeof NPUS)[number]; index: number; weight: number }[] = [];
  for (const npu of NPUS) {
    for (let i = 1; i <= (PER_NPU[npu.name] ?? 0); i++)
      shapes.push({ npu, index: i, weight: rng.float(0.5, 1.6) });
  }
  const totalArea = FORCE_AREA_KM2 * HOTSPOT_AREA_SHARE;
  const totalWeight = shapes.reduce((s, h) => s + h.weight, 0);
  const placed: { latitude: number; longitude: number; radiusKm: number }[] = [];
  return shapes.map(({ npu, index, weight }, i) => {
    const areaKm2 = Math.round((weight / totalWeight) * totalArea * 1000) / 1000;
    const radiusKm = Math.sqrt(areaKm2 / Math.PI);
    // Scatter within ~4 km of the NPU centre (1° latitude ≈ 111 km; longitude ≈ 68 km here), drawn
    // again until the hotspot is clear of the others and well inside its own NPU's synthetic
    // boundary (nearer its own centre than any other by 0.8 km): geofences never overlap.
    let latitude = 0;
    let longitude = 0;
    for (let tries = 0; tries < 200; tries++) {
      const distanceKm = rng.float(0.4, 4);
      const bearing = rng.float(0, 2 * Math.PI);
      latitude = round6(npu.centre.latitude + (distanceKm * Math.cos(bearing)) / 111);
      longitude = round6(npu.centre.longitude + (distanceKm * Math.sin(bearing)) / 68);
      const own = kmBetween(latitude, longitude, npu.centre.latitude, npu.centre.longitude);
      const nearestOther = Math.min(
        ...NPUS.filter((n) => n !== npu).map((n) =>
          kmBetween(latitude, longitude, n.centre.latitude, n.centre.longitude),
        ),
      );
      const clear = placed.every(
        (p) => kmBetween(latitude, longitude, p.latitude, p.longitude) > (p.radiusKm + radiusKm) * 1.3,
      );
      if (clear && nearestOther - own > 0.8 + 2 * radiusKm) break;
    }
    placed.push({ latitude, longitude, radiusKm });
    return {
      code: `HS${String(i + 1).padStart(2, "0")}`,
      name: `${npu.name} hotspot ${index}`,
      npu: npu.name,
      areaKm2,
      latitude,
      longitude,
      radiusMetres: Math.round(radiusKm * 1000),
    };
  });
}

const kmBetween = (lat1: number, lon1: number, lat2: number, lon2: number) =>
  Math.hypot((lat1 - lat2) * 111, (lon1 - lon2) * 68);

const round6 = (n: number) => Math.round(n * 1e6) / 1e6;
