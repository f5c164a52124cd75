import type { Db } from "@/prisma/factories/create-reference-data";

/**
 * A square geofence 2·`half` degrees across (0.002: ~450 m) around the point, for the hotspot, in
 * force from 2000 (to `until`, if given). Its bounding box is the square itself.
 */
export async function squareGeofence(
  db: Db,
  hotspotId: number,
  lat: number,
  lon: number,
  until: string | null = null,
  half = 0.002,
) {
  const d = half;
  const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
  await db.hotspotGeofence.create({
    data: {
      hotspotId,
      geometry: {
        type: "Polygon",
        coordinates: [
          [
            [lon - d, lat - d],
            [lon + d, lat - d],
            [lon + d, lat + d],
            [lon - d, lat + d],
            [lon - d, lat - d],
          ],
        ],
      },
      areaKm2: 0.18,
      minLat: lat - d,
      maxLat: lat + d,
      minLon: lon - d,
      maxLon: lon + d,
      activeFrom: day("2000-01-01"),
      activeTo: until ? day(until) : null,
    },
  });
}
