import "server-only";
import type { Tx } from "@/lib/db/server/prisma";
import type { ThreatFacts, ThreatRow } from "@/lib/meetings/pack-types";
import { comparisonPeriods } from "@/lib/meetings/rules";

const day = (d: Date) => d.toISOString().slice(0, 10);

/**
 * Knife-used offences in the pack's period against the previous period of the same length and the
 * same span last year, by NPU and hotspot (by recorded date); persons linked to more than one
 * offence in the period; knives recovered. Counted in SQL: on the national seed these span years.
 */
export async function loadThreatSummary(db: Tx, from: Date, to: Date): Promise<ThreatFacts> {
  const p = comparisonPeriods(from, to);
  const byNpu = await db.$queryRaw<ThreatRow[]>`
      SELECT n.name,
        count(*) FILTER (WHERE o."recordedOn" >= ${day(p.current.from)}::date AND o."recordedOn" < ${day(p.current.to)}::date)::int AS current,
        count(*) FILTER (WHERE o."recordedOn" >= ${day(p.previous.from)}::date AND o."recordedOn" < ${day(p.previous.to)}::date)::int AS previous,
        count(*) FILTER (WHERE o."recordedOn" >= ${day(p.lastYear.from)}::date AND o."recordedOn" < ${day(p.lastYear.to)}::date)::int AS "lastYear"
      FROM "Npu" n LEFT JOIN "Offence" o ON o."npuId" = n.id AND o."knifeUsed"
        AND ((o."recordedOn" >= ${day(p.previous.from)}::date AND o."recordedOn" < ${day(p.current.to)}::date)
          OR (o."recordedOn" >= ${day(p.lastYear.from)}::date AND o."recordedOn" < ${day(p.lastYear.to)}::date))
      GROUP BY n.name ORDER BY n.name`;
  const byHotspot = await db.$queryRaw<ThreatRow[]>`
      SELECT h.name,
        count(*) FILTER (WHERE o."recordedOn" >= ${day(p.current.from)}::date AND o."recordedOn" < ${day(p.current.to)}::date)::int AS current,
        count(*) FILTER (WHERE o."recordedOn" >= ${day(p.previous.from)}::date AND o."recordedOn" < ${day(p.previous.to)}::date)::int AS previous,
        count(*) FILTER (WHERE o."recordedOn" >= ${day(p.lastYear.from)}::date AND o."recordedOn" < ${day(p.lastYear.to)}::date)::int AS "lastYear"
      FROM "Offence" o JOIN "Hotspot" h ON h.id = o."hotspotId"
      WHERE o."knifeUsed" AND ((o."recordedOn" >= ${day(p.previous.from)}::date AND o."recordedOn" < ${day(p.current.to)}::date)
        OR (o."recordedOn" >= ${day(p.lastYear.from)}::date AND o."recordedOn" < ${day(p.lastYear.to)}::date))
      GROUP BY h.name ORDER BY current DESC, h.name LIMIT 10`;
  const repeat = await db.$queryRaw<{ name: string; offences: number }[]>`
      SELECT pe.forenames || ' ' || pe.surname AS name, count(DISTINCT o.id)::int AS offences
      FROM "OffencePerson" op JOIN "Offence" o ON o.id = op."offenceId" JOIN "Person" pe ON pe.id = op."personId"
      WHERE o."knifeUsed" AND o."recordedOn" >= ${day(p.current.from)}::date AND o."recordedOn" < ${day(p.current.to)}::date AND op."removedAt" IS NULL
      GROUP BY pe.id, pe.forenames, pe.surname HAVING count(DISTINCT o.id) > 1
      ORDER BY offences DESC, name LIMIT 10`;
  const knives = await db.$queryRaw<[{ current: number; previous: number; lastYear: number }]>`
      SELECT
        count(*) FILTER (WHERE "recordedOn" >= ${day(p.current.from)}::date AND "recordedOn" < ${day(p.current.to)}::date)::int AS current,
        count(*) FILTER (WHERE "recordedOn" >= ${day(p.previous.from)}::date AND "recordedOn" < ${day(p.previous.to)}::date)::int AS previous,
        count(*) FILTER (WHERE "recordedOn" >= ${day(p.lastYear.from)}::date AND "recordedOn" < ${day(p.lastYear.to)}::date)::int AS "lastYear"
      FROM "Offence" WHERE "knifeRecovered" AND (("recordedOn" >= ${day(p.previous.from)}::date AND "recordedOn" < ${day(p.current.to)}::date)
        OR ("recordedOn" >= ${day(p.lastYear.from)}::date AND "recordedOn" < ${day(p.lastYear.to)}::date))`;
  return {
    period: { from: day(from), to: day(to) },
    byNpu,
    byHotspot: byHotspot.filter((h) => h.current + h.previous + h.lastYear > 0),
    repeatPersons: repeat,
    knivesRecovered: knives[0],
  };
}
