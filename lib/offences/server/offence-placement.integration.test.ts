import { beforeAll, describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/server/prisma";
import { AppError } from "@/lib/errors";
import { demoNpuAreas } from "@/lib/geo/demo-areas";
import { inForceArea } from "@/lib/geo/force-area";
import type { Area } from "@/lib/geo/geojson";
import { offenceFormSchema, type OffenceFormValues } from "@/lib/offences/offence-form-schema";
import { createOffence } from "@/lib/offences/server/create-offence";
import { getOffenceForEdit } from "@/lib/offences/server/get-offence-for-edit";
import { updateOffence } from "@/lib/offences/server/update-offence";
import { withActors, withTestDatabase } from "@/lib/testing/admin-fixtures";
import { offenceFormValues } from "@/lib/testing/offence-form-values";
import { ensureReferenceData } from "@/prisma/factories/create-reference-data";
import { squareGeofence } from "@/lib/testing/square-geofence";

// Issue 17: an offence recorded or edited on the form is placed by its point in the geofence that
// stood on the day it occurred, by the imports' placement; without a point it is unplaced, whatever
// hotspot code the form recorded (that is kept as the recorded code only).

withTestDatabase();
let hs01: number;
// A square geofence ~450 m across around HS01's centre (Birmingham East), in force from 2000.
const [LAT, LON] = [52.474, -1.81];
const INSIDE = { latitude: String(LAT), longitude: String(LON) };
// ~1.1 km north of the fence: in Birmingham East, in no hotspot.
const OUTSIDE = { latitude: String(LAT + 0.01), longitude: String(LON) };

const actors = withActors({ analyst: "ANALYST" });
beforeAll(async () => {
  const prisma = getPrisma();
  const ref = await ensureReferenceData(prisma);
  hs01 = ref.hotspot("HS01");
  await squareGeofence(prisma, hs01, LAT, LON);
  // The force area: the demo NPU boundaries.
  for (const f of demoNpuAreas().features)
    await prisma.npu.update({
      where: { name: f.properties!.npu as string },
      data: { boundary: f.geometry as object },
    });
});

const values = (overrides: Partial<OffenceFormValues> = {}) =>
  offenceFormSchema.parse(offenceFormValues({ hotspot: "", ...overrides }));

const stored = (id: number) =>
  getPrisma().offence.findUniqueOrThrow({
    where: { id },
    select: {
      hotspotId: true,
      rmsHotspotCode: true,
      latitude: true,
      longitude: true,
      version: true,
      figure: { select: { inHotspot: true } },
    },
  });

describe("recording an offence on the form", () => {
  it("places an offence with a point inside a geofence in that hotspot", async () => {
    const { id } = await createOffence({ actor: actors.analyst, input: values(INSIDE) });
    expect(await stored(id)).toMatchObject({
      hotspotId: hs01,
      rmsHotspotCode: null,
      latitude: LAT,
      longitude: LON,
      figure: { inHotspot: true },
    });
    const audit = await getPrisma().auditEvent.findFirstOrThrow({
      where: { event: "offence.created", entityId: String(id) },
    });
    expect(audit.changes).toMatchObject({ fields: { hotspotId: { to: hs01 }, latitude: { to: LAT } } });
  });

  it("leaves an offence without a point unplaced, even with a hotspot chosen by hand", async () => {
    const { id } = await createOffence({ actor: actors.analyst, input: values({ hotspot: "HS01" }) });
    // The hand-chosen code is the recorded one; it never puts the offence in the hotspot.
    expect(await stored(id)).toMatchObject({
      hotspotId: null,
      rmsHotspotCode: "HS01",
      latitude: null,
      figure: { inHotspot: false },
    });
    // The edit form shows the recorded code back, so saving again keeps it.
    expect((await getOffenceForEdit({ actor: actors.analyst, offenceId: id })).values.hotspot).toBe("HS01");
  });

  it("places by the point, not by a hand-chosen code that disagrees", async () => {
    const { id } = await createOffence({
      actor: actors.analyst,
      input: values({ hotspot: "HS01", ...OUTSIDE }),
    });
    expect(await stored(id)).toMatchObject({ hotspotId: null, rmsHotspotCode: "HS01" });
  });
});

describe("editing an offence's location", () => {
  it("places it again when the point moves out of the geofence and back", async () => {
    const input = values(INSIDE);
    const { id } = await createOffence({ actor: actors.analyst, input });
    await updateOffence({
      actor: actors.analyst,
      offenceId: id,
      input: { ...input, latitude: LAT + 0.01, version: 1 },
    });
    expect(await stored(id)).toMatchObject({ hotspotId: null, figure: { inHotspot: false }, version: 2 });
    const moved = await getPrisma().auditEvent.findFirstOrThrow({
      where: { event: "offence.updated", entityId: String(id) },
      orderBy: { id: "desc" },
    });
    expect(moved.changes).toMatchObject({ fields: { hotspotId: { from: hs01, to: null } } });
    await updateOffence({
      actor: actors.analyst,
      offenceId: id,
      input: { ...input, version: 2 },
    });
    expect(await stored(id)).toMatchObject({ hotspotId: hs01, figure: { inHotspot: true }, version: 3 });
    // Clearing the point leaves it unplaced.
    await updateOffence({
      actor: actors.analyst,
      offenceId: id,
      input: { ...input, latitude: null, longitude: null, version: 3 },
    });
    expect(await stored(id)).toMatchObject({ hotspotId: null, latitude: null, figure: { inHotspot: false } });
  });

  it("an offence saved with a hand-chosen hotspot and no point is unplaced once edited", async () => {
    const { id } = await createOffence({ actor: actors.analyst, input: values() });
    // As rows saved before placement by point were: the hotspot chosen by hand, no point.
    await getPrisma().offence.update({ where: { id }, data: { hotspotId: hs01 } });
    const form = await getOffenceForEdit({ actor: actors.analyst, offenceId: id });
    expect(form.values.hotspot).toBe("HS01");
    await updateOffence({
      actor: actors.analyst,
      offenceId: id,
      input: offenceFormSchema.parse({ ...form.values, version: form.version }),
    });
    expect(await stored(id)).toMatchObject({ hotspotId: null, rmsHotspotCode: "HS01" });
  });
});

describe("bad coordinates change nothing", () => {
  const errorOf = (promise: Promise<unknown>) =>
    promise.then(
      () => null,
      (e: unknown) => e,
    );
  /** The error an edit of offence `id` (at version 1) with these coordinates is refused with. */
  const editError = (
    id: number,
    input: ReturnType<typeof values>,
    point: Partial<ReturnType<typeof values>>,
  ) =>
    errorOf(
      updateOffence({ actor: actors.analyst, offenceId: id, input: { ...input, ...point, version: 1 } }),
    );
  const audits = (id: number) =>
    getPrisma().auditEvent.count({ where: { entityType: "offence", entityId: String(id) } });

  it("refuses a point outside the force area, and says when latitude and longitude are swapped", async () => {
    const boundaries = (await getPrisma().npu.findMany()).map((n) => n.boundary as unknown as Area);
    expect(inForceArea(boundaries, LAT, LON)).toBe(true);
    const input = values(INSIDE);
    const { id } = await createOffence({ actor: actors.analyst, input });
    const before = await stored(id);
    const auditsBefore = await audits(id);

    // Paris: a real place, not this force's.
    const far = await editError(id, input, { latitude: 48.8566, longitude: 2.3522 });
    expect(far).toBeInstanceOf(AppError);
    expect((far as AppError).fieldErrors).toEqual({
      latitude: ["The location is outside the force area: check the latitude and longitude"],
    });
    const swapped = await editError(id, input, { latitude: LON, longitude: LAT });
    expect((swapped as AppError).fieldErrors?.latitude?.[0]).toMatch(/wrong way round/);
    expect(await stored(id)).toEqual(before);
    expect(await audits(id)).toBe(auditsBefore);

    const refs = await getPrisma().offence.count();
    const created = await errorOf(
      createOffence({ actor: actors.analyst, input: values({ latitude: "48.8566", longitude: "2.3522" }) }),
    );
    expect((created as AppError).code).toBe("VALIDATION");
    expect(await getPrisma().offence.count()).toBe(refs);
  });

  it("refuses half a point or an impossible one even when the form is bypassed", async () => {
    const input = values(INSIDE);
    const { id } = await createOffence({ actor: actors.analyst, input });
    const before = await stored(id);
    const half = await editError(id, input, { longitude: null });
    expect((half as AppError).fieldErrors).toEqual({
      longitude: ["Enter the longitude as well as the latitude, or neither"],
    });
    const grid = await editError(id, input, { latitude: 286000, longitude: 406000 });
    expect(Object.keys((grid as AppError).fieldErrors ?? {}).sort()).toEqual(["latitude", "longitude"]);
    expect(await stored(id)).toEqual(before);
  });
});
