import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { intersectRange } from "@/lib/offences/rules";
import { performanceYearRange } from "@/lib/dates/performance-year";
import type { OffenceListFilters } from "@/lib/offences/schemas";
import { OFFENCE_CODES, offenceCodesInCategory } from "@/lib/reference/offence-codes";
import { POSITIVE_OUTCOME_CODES } from "@/lib/reference/outcome-types";
import { outcomeGroup } from "@/lib/reference/outcome-groups";
import { outcomeCodeAsAt } from "@/lib/offences/server/outcome-as-at";
import { officerWords } from "@/lib/offences/server/find-officers";

/**
 * The condition of the offence list and its export (`WHERE ${…}`), over
 * `"Offence" o LEFT JOIN "Investigation" i`.
 * Raw SQL rather than Prisma's query builder so each filter can use the index built for it: the
 * trigram indexes are on lower(...) expressions, which Prisma's `mode: "insensitive"` (ILIKE on the
 * bare column) never uses. Every value is a bound parameter.
 */
export function offenceListWhere(filters: OffenceListFilters, actor: Pick<Actor, "id">): Prisma.Sql {
  const { offence, investigation } = listConditions(filters, actor);
  const conditions = [...offence, ...investigation];
  return conditions.length > 0 ? Prisma.join(conditions, " AND ") : Prisma.sql`TRUE`;
}

/**
 * The same condition over `"Investigation" i` alone, when every filter is on the investigation or
 * is "knife used" (kept on it as `offenceKnifeUsed`); else undefined. Every investigation has its
 * offence, so over `"Investigation" i JOIN "Offence" o` it selects exactly what offenceListWhere
 * does: a page number of a sort by the investigation's columns walks one index to its offset
 * (issue 15; list-offences.ts).
 */
export function investigationListWhere(
  filters: OffenceListFilters,
  actor: Pick<Actor, "id">,
): Prisma.Sql | undefined {
  const { offence, investigation } = listConditions({ ...filters, knife: undefined }, actor);
  if (offence.length > 0) return undefined;
  const conditions = [...investigation];
  if (filters.knife !== undefined) conditions.push(Prisma.sql`i."offenceKnifeUsed" = ${filters.knife}`);
  return conditions.length > 0 ? Prisma.join(conditions, " AND ") : Prisma.sql`TRUE`;
}

/** The filters' conditions on the offence (`o`) and on its investigation (`i`). */
function listConditions(
  filters: OffenceListFilters,
  actor: Pick<Actor, "id">,
): { offence: Prisma.Sql[]; investigation: Prisma.Sql[] } {
  const offence: Prisma.Sql[] = [];
  const investigation: Prisma.Sql[] = [];
  const onOffence = (sql: Prisma.Sql) => offence.push(sql);
  const onInvestigation = (sql: Prisma.Sql) => investigation.push(sql);

  if (filters.ref)
    onOffence(Prisma.sql`lower(o."crimeReference") LIKE ${likeEscape(filters.ref.toLowerCase()) + "%"}`);
  if (filters.name) onOffence(personNameMatches(filters.name));

  const dates = intersectRange(
    { from: filters.from, to: filters.to },
    filters.year ? performanceYearRange(filters.year) : {},
  );
  if (dates.from) onOffence(Prisma.sql`o."recordedOn" >= ${dates.from}::date`);
  if (dates.to) onOffence(Prisma.sql`o."recordedOn" <= ${dates.to}::date`);

  if (filters.npu) onOffence(Prisma.sql`o."npuId" = ${filters.npu}`);
  if (filters.hotspot) onOffence(Prisma.sql`o."hotspotId" = ${filters.hotspot}`);
  if (filters.code) onOffence(Prisma.sql`o."offenceCode" = ${filters.code}`);
  if (filters.category)
    onOffence(Prisma.sql`o."offenceCode" IN (${Prisma.join(offenceCodesInCategory(filters.category))})`);
  if (filters.knife !== undefined) onOffence(Prisma.sql`o."knifeUsed" = ${filters.knife}`);
  // docs/domain.md: U25 means the youngest victim was under 25 on the day. An unknown age is neither.
  if (filters.u25 === true) onOffence(Prisma.sql`o."youngestVictimAge" < 25`);
  if (filters.u25 === false) onOffence(Prisma.sql`o."youngestVictimAge" >= 25`);
  if (filters.recovered !== undefined) onOffence(Prisma.sql`o."knifeRecovered" = ${filters.recovered}`);
  if (filters.domestic !== undefined) onOffence(Prisma.sql`o."domesticAbuse" = ${filters.domestic}`);

  // "Outcomes recorded by" rewinds every outcome filter to that day (a figure's "as at").
  const outcome = outcomeCodeAsAt(filters.outcomeby);
  if (filters.status) onInvestigation(Prisma.sql`i."status" = ${filters.status}::"InvestigationStatus"`);
  if (filters.outcome !== undefined) onInvestigation(Prisma.sql`${outcome} = ${filters.outcome}`);
  if (filters.oic) onInvestigation(Prisma.sql`i."oicId" = ${filters.oic}`);
  if (filters.oicName) onInvestigation(officerNameMatches(filters.oicName));
  if (filters.mine) onInvestigation(Prisma.sql`i."oicId" = ${actor.id}`);
  if (filters.flagged === true) onInvestigation(Prisma.sql`i."flaggedForScrutiny"`);
  if (filters.flagged === false) onInvestigation(Prisma.sql`coalesce(i."flaggedForScrutiny", false) = false`);

  // The figures' drill-down filters (issue 7). lib/figures/server builds its counts from these
  // same conditions' definitions; an integration test proves each figure equals its list.
  if (filters.scrutiny !== undefined) {
    const codes = Prisma.join(SCRUTINY_CODES);
    onOffence(
      filters.scrutiny
        ? Prisma.sql`o."offenceCode" IN (${codes})`
        : Prisma.sql`o."offenceCode" NOT IN (${codes})`,
    );
  }
  if (filters.inhotspot === true) onOffence(Prisma.sql`o."hotspotId" IS NOT NULL`);
  if (filters.inhotspot === false) onOffence(Prisma.sql`o."hotspotId" IS NULL`);
  // Outcome type 0 and no outcome at all are both "not yet assigned" (docs/domain.md).
  if (filters.outcomed === true) onInvestigation(Prisma.sql`${outcome} > 0`);
  if (filters.outcomed === false) onInvestigation(Prisma.sql`coalesce(${outcome}, 0) = 0`);
  const positive = Prisma.join(POSITIVE_OUTCOME_CODES);
  if (filters.positive === true) onInvestigation(Prisma.sql`${outcome} IN (${positive})`);
  if (filters.positive === false) onInvestigation(Prisma.sql`coalesce(${outcome}, 0) NOT IN (${positive})`);
  if (filters.group)
    onInvestigation(Prisma.sql`${outcome} IN (${Prisma.join(outcomeGroup(filters.group).codes)})`);

  return { offence, investigation };
}

const SCRUTINY_CODES = OFFENCE_CODES.filter((c) => c.scrutinyCategoryCode !== null).map((c) => c.code);

/** Every word must be in a linked person's surname or forenames (either order, any part). */
function personNameMatches(name: string): Prisma.Sql {
  const words = name
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w.length > 0)
    .slice(0, 4);
  const each = words.map((word) => {
    const pattern = `%${likeEscape(word)}%`;
    // The expression of Person_fullname_trgm_idx, word by word: a word has no space, so it matches
    // inside the surname or inside the forenames, never across the two.
    return Prisma.sql`lower(p."surname" || ' ' || coalesce(p."forenames", '')) LIKE ${pattern}`;
  });
  return Prisma.sql`o.id IN (
    SELECT op."offenceId" FROM "OffencePerson" op JOIN "Person" p ON p.id = op."personId"
    WHERE op."removedAt" IS NULL AND ${Prisma.join(each, " AND ")}
  )`;
}

/** The officer filter typed without its type-ahead: an officer in charge whose name has every word. */
function officerNameMatches(text: string): Prisma.Sql {
  const each = officerWords(text).map((w) => Prisma.sql`lower(u."name") LIKE ${`%${likeEscape(w)}%`}`);
  return Prisma.sql`i."oicId" IN (SELECT u.id FROM "User" u WHERE ${Prisma.join(each, " AND ")})`;
}

function likeEscape(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
