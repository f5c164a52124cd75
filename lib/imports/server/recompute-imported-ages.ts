import "server-only";
import { ageAtTime, youngestVictimAge } from "@/lib/offence-persons/victim-age";
import { dbDateOf } from "@/lib/dates/day";
import { BATCH, updateRows, type Sql } from "@/lib/imports/server/bulk-sql";

type Row = {
  id: number;
  occurredOn: string;
  reportedVictimAge: number | null;
  youngestVictimAge: number | null;
  linkId: number | null;
  role: string | null;
  ageAtTime: number | null;
  dateOfBirth: string | null;
};

/**
 * recomputeOffenceAges for many offences at once, with the same pure rules (victim-age.ts): each
 * link's age at the time, and the youngest victim's age (victims' dates of birth when known, else
 * the extract's victim_age). Writes only what differs.
 */
export async function recomputeImportedAges(sql: Sql, offenceIds: number[]): Promise<void> {
  const linkAges: [number, number | null][] = [];
  const youngest: [number, number | null][] = [];
  for (let start = 0; start < offenceIds.length; start += BATCH) {
    const { rows } = await sql.query<Row>(
      `SELECT o.id, o."occurredOn"::text AS "occurredOn", o."reportedVictimAge", o."youngestVictimAge",
         l.id AS "linkId", l.role::text AS role, l."ageAtTime", p."dateOfBirth"::text AS "dateOfBirth"
       FROM "Offence" o
       LEFT JOIN "OffencePerson" l ON l."offenceId" = o.id AND l."removedAt" IS NULL
       LEFT JOIN "Person" p ON p.id = l."personId"
       WHERE o.id = ANY($1::int[])`,
      [offenceIds.slice(start, start + BATCH)],
    );
    const byOffence = new Map<number, Row[]>();
    for (const row of rows) byOffence.set(row.id, [...(byOffence.get(row.id) ?? []), row]);
    for (const [id, links] of byOffence) {
      const first = links[0]!;
      const occurredOn = dbDateOf(first.occurredOn);
      const victims: { dateOfBirth: Date | null }[] = [];
      for (const link of links) {
        if (link.linkId === null) continue;
        const dateOfBirth = link.dateOfBirth ? dbDateOf(link.dateOfBirth) : null;
        const age = ageAtTime(dateOfBirth, occurredOn);
        if (age !== link.ageAtTime) linkAges.push([link.linkId, age]);
        if (link.role === "VICTIM") victims.push({ dateOfBirth });
      }
      const age = youngestVictimAge({ occurredOn, victims, reportedVictimAge: first.reportedVictimAge });
      if (age !== first.youngestVictimAge) youngest.push([id, age]);
    }
  }
  const ID = { name: "id", type: "int" } as const;
  await updateRows(sql, "OffencePerson", [ID, { name: "ageAtTime", type: "int" }], linkAges);
  await updateRows(sql, "Offence", [ID, { name: "youngestVictimAge", type: "int" }], youngest);
}
