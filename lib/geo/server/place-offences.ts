import "server-only";
import type pg from "pg";
import type { Tx } from "@/lib/db/server/prisma";
import { dayOfDbDate } from "@/lib/dates/day";
import type { Area } from "@/lib/geo/geojson";
import { Placement } from "@/lib/geo/placement";

export type PlacementResult = { checked: number; moved: number; disagreeWithRms: number };

/** One SQL statement with positional parameters: Prisma's transaction or the import's pg client. */
export type Query = <T>(text: string, params: unknown[]) => Promise<T[]>;
export const prismaQuery =
  (tx: Pick<Tx, "$queryRawUnsafe">): Query =>
  <T>(text: string, params: unknown[]) =>
    tx.$queryRawUnsafe<T[]>(text, ...params);
export const pgQuery =
  (client: pg.ClientBase): Query =>
  async <T>(text: string, params: unknown[]) =>
    (await client.query(text, params)).rows as T[];

type FenceRow = {
  hotspotId: number;
  code: string;
  geometry: unknown;
  minLat: number;
  minLon: number;
  maxLat: number;
  maxLon: number;
  activeFrom: Date;
  activeTo: Date | null;
};

/** The geofences of every hotspot, all versions, as the placement index wants them. */
export async function loadPlacement(query: Query): Promise<Placement> {
  const fences = await query<FenceRow>(
    `SELECT g."hotspotId", h.code, g.geometry, g."minLat", g."minLon", g."maxLat", g."maxLon", g."activeFrom", g."activeTo"
     FROM "HotspotGeofence" g JOIN "Hotspot" h ON h.id = g."hotspotId" ORDER BY g.id`,
    [],
  );
  return new Placement(
    fences.map((f) => ({
      ...f,
      geometry: f.geometry as Area,
      activeFrom: dayOfDbDate(f.activeFrom),
      activeTo: f.activeTo ? dayOfDbDate(f.activeTo) : null,
    })),
  );
}

type OffencePoint = {
  id: number;
  latitude: number | null;
  longitude: number | null;
  occurredOn: Date;
  hotspotId: number | null;
  rmsHotspotCode: string | null;
};

/**
 * Puts offences in the hotspot whose geofence held their point on the day they occurred (issue 17).
 * Runs in the caller's transaction: after a geofence import (every offence) or an RMS import (the
 * imported ones). Offences without a point are unplaced (hotspotId null). The RMS hotspot code is
 * never changed: where it disagrees the analyst sees the flag.
 */
export async function placeOffences(
  query: Query,
  options: { offenceIds?: number[] } = {},
): Promise<PlacementResult> {
  const placement = await loadPlacement(query);
  // Before any geofence is loaded the RMS's hotspot codes are all there is: leave them.
  if (placement.size === 0) return { checked: 0, moved: 0, disagreeWithRms: 0 };
  const ids = options.offenceIds ?? null;
  const rows = await query<OffencePoint>(
    `SELECT id, latitude, longitude, "occurredOn", "hotspotId", "rmsHotspotCode" FROM "Offence"
     WHERE ($1::int[] IS NULL OR id = ANY($1::int[]))`,
    [ids],
  );
  const changedIds: number[] = [];
  const changedTo: (number | null)[] = [];
  let disagree = 0;
  for (const r of rows) {
    const fence =
      r.latitude === null || r.longitude === null
        ? null
        : placement.place(r.latitude, r.longitude, dayOfDbDate(r.occurredOn));
    const hotspotId = fence?.hotspotId ?? null;
    if (r.rmsHotspotCode && r.latitude !== null && fence?.code !== r.rmsHotspotCode) disagree++;
    if (hotspotId !== r.hotspotId) {
      changedIds.push(r.id);
      changedTo.push(hotspotId);
    }
  }
  if (changedIds.length > 0)
    await query(
      `UPDATE "Offence" o SET "hotspotId" = v.h FROM unnest($1::int[], $2::int[]) AS v(id, h) WHERE o.id = v.id RETURNING o.id`,
      [changedIds, changedTo],
    );
  return { checked: rows.length, moved: changedIds.length, disagreeWithRms: disagree };
}

/**
 * After an RMS import: the hotspot code the file gave is kept as the RMS's (rmsHotspotCode), and
 * the offences are placed by their point instead.
 */
export async function placeImportedOffences(
  client: pg.ClientBase,
  crimeReferences: string[],
  fileHasHotspot: boolean,
): Promise<PlacementResult> {
  const query = pgQuery(client);
  const ids = (
    await query<{ id: number }>(`SELECT id FROM "Offence" WHERE "crimeReference" = ANY($1::text[])`, [
      crimeReferences,
    ])
  ).map((r) => r.id);
  if (fileHasHotspot)
    await query(
      `UPDATE "Offence" o SET "rmsHotspotCode" = h.code FROM "Offence" x LEFT JOIN "Hotspot" h ON h.id = x."hotspotId"
       WHERE o.id = x.id AND o.id = ANY($1::int[]) RETURNING o.id`,
      [ids],
    );
  return placeOffences(query, { offenceIds: ids });
}
