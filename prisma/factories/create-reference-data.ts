import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { HOTSPOTS } from "@/lib/reference/hotspots";
import { NPUS } from "@/lib/reference/npus";
import { OFFENCE_CODES } from "@/lib/reference/offence-codes";
import { OUTCOME_TYPES } from "@/lib/reference/outcome-types";
import { PROVIDERS } from "@/lib/reference/providers";
import { SCRUTINY_CATEGORIES } from "@/lib/reference/scrutiny-categories";

// Single-record helpers for integration and browser tests (the seed itself writes in bulk through
// pg). They insert through Prisma, write no audit rows, and fill every required field with
// synthetic values so a test states only what it is about.

export type Db = PrismaClient | Prisma.TransactionClient;

export type ReferenceIds = {
  npu: (name: string) => number;
  hotspot: (code: string) => number;
  provider: (name: string) => number;
};

const cache = new WeakMap<object, Promise<ReferenceIds>>();

/** Inserts any missing reference rows (idempotent) and returns id look-ups by name or code. */
export function ensureReferenceData(db: Db): Promise<ReferenceIds> {
  let ids = cache.get(db);
  if (!ids) {
    ids = load(db);
    cache.set(db, ids);
    ids.catch(() => cache.delete(db));
  }
  return ids;
}

async function load(db: Db): Promise<ReferenceIds> {
  await db.scrutinyCategory.createMany({ data: [...SCRUTINY_CATEGORIES], skipDuplicates: true });
  await db.offenceCode.createMany({ data: [...OFFENCE_CODES], skipDuplicates: true });
  await db.outcomeType.createMany({ data: [...OUTCOME_TYPES], skipDuplicates: true });
  await db.npu.createMany({
    data: NPUS.map((n) => ({ name: n.name, areaKm2: n.areaKm2 })),
    skipDuplicates: true,
  });
  const npus = new Map(
    (await db.npu.findMany({ select: { id: true, name: true } })).map((n) => [n.name, n.id]),
  );
  await db.hotspot.createMany({
    data: HOTSPOTS.map(({ npu, ...h }) => ({ ...h, npuId: npus.get(npu)! })),
    skipDuplicates: true,
  });
  await db.provider.createMany({
    data: PROVIDERS.map((p) => ({
      name: p.name,
      type: p.type,
      pathways: p.pathways,
      areaCovered: p.areaCovered,
      contactRoute: p.contactRoute,
    })),
    skipDuplicates: true,
  });
  const hotspots = new Map(
    (await db.hotspot.findMany({ select: { id: true, code: true } })).map((h) => [h.code, h.id]),
  );
  const providers = new Map(
    (await db.provider.findMany({ select: { id: true, name: true } })).map((p) => [p.name, p.id]),
  );
  const lookup = (map: Map<string, number>, what: string) => (key: string) => {
    const id = map.get(key);
    if (id === undefined) throw new Error(`no ${what} "${key}"`);
    return id;
  };
  return {
    npu: lookup(npus, "NPU"),
    hotspot: lookup(hotspots, "hotspot"),
    provider: lookup(providers, "provider"),
  };
}

// Unique references across test files and Playwright workers sharing one database.
const tag = `${process.pid.toString(36)}${Math.floor(performance.now()).toString(36)}`.toUpperCase();
let counter = 0;

/** A reference no real force uses, unique within this database: CG-TEST-<tag>-000001. */
export function nextTestReference(prefix = "CG-TEST"): string {
  counter++;
  return `${prefix}-${tag}-${String(counter).padStart(6, "0")}`;
}

/** A date (UTC midnight) from YYYY-MM-DD, as Prisma expects for @db.Date columns. */
export function day(iso: string): Date {
  return new Date(`${iso}T00:00:00.000Z`);
}
