import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { IsoDay } from "@/lib/dates/day";
import { formatDate, formatDateTime } from "@/lib/dates/format";
import { bornLabel } from "@/lib/labels/person-name";
import type { SearchHit } from "@/lib/search/search-dto";
import { likeLiteral, type SearchTerms } from "@/lib/search/query";
import { rankNameKeys, soundsLike } from "@/lib/search/server/person-name-match";

// One query per kind for the header search (search-everything.ts decides which may run for the
// actor and passes the row rule in). Each takes the terms already judged by readQuery, binds every
// value, and returns at most LIMIT hits best first. Kept apart so each can be timed (npm run bench).

type Db = Prisma.TransactionClient;
export const LIMIT = 10;
/** A part of a reference shorter than this matches too much to be worth a scan. */
const MIN_PARTIAL = 4;

const contains = (text: string) => `%${likeLiteral(text)}%`;

/**
 * Persons by name (typos, either order, Mc/Mac, accents, a sound-alike surname when the spelling
 * is far off) or by nominal id, whole or part. Ranks distinct names first (rankNameKeys), then
 * reads the persons of the best names by index.
 */
export async function searchPersons(db: Db, terms: SearchTerms, metaphones: string[]): Promise<SearchHit[]> {
  const byName = terms.hasName && terms.nameKey.replace(/ /g, "").length >= 2;
  const byRef = terms.hasDigit && terms.reference.length >= MIN_PARTIAL;
  if (!byName && !byRef) return [];
  const ranked = byName ? await rankNameKeys(db, terms.nameKey) : { keys: [], loose: false };
  const keys = ranked.keys.map((k) => k.key);
  const scores = ranked.keys.map((k) => k.score);
  // The sound-alike surname only when no close spelling was found (a common one would flood).
  const sounds = byName && ranked.loose ? soundsLike(metaphones) : Prisma.sql`FALSE`;
  const rows = await db.$queryRaw<
    {
      id: number;
      surname: string;
      forenames: string;
      dateOfBirth: Date | null;
      npu: string | null;
      rmsRef: string | null;
    }[]
  >`WITH candidate AS (
      SELECT p.id, k.score FROM unnest(${keys}::text[], ${scores}::float8[]) AS k(key, score)
      CROSS JOIN LATERAL (SELECT p.id FROM "Person" p WHERE p."nameKey" = k.key AND p."mergedIntoId" IS NULL
                          ORDER BY p.id LIMIT ${LIMIT}) AS p
      UNION ALL
      (SELECT p.id, word_similarity(${terms.nameKey}, p."nameKey") + 0.2 FROM "Person" p
       WHERE ${sounds} AND p."mergedIntoId" IS NULL LIMIT ${LIMIT})
      UNION ALL
      (SELECT p.id, 10 FROM "Person" p WHERE ${byRef} AND p."rmsRef" = ${terms.reference} AND p."mergedIntoId" IS NULL)
      UNION ALL
      -- A part only when no nominal id is the whole text: every id shares "SYN-N00", so the
      -- trigram scan of a whole id read most of the index (0.26 s at national scale).
      (SELECT p.id, 5 FROM "Person" p
       WHERE ${byRef} AND upper(p."rmsRef") LIKE ${contains(terms.reference)} AND p."mergedIntoId" IS NULL
         AND NOT EXISTS (SELECT 1 FROM "Person" e WHERE e."rmsRef" = ${terms.reference})
       LIMIT ${LIMIT})
    ), best AS (
      SELECT id, max(score) AS score FROM candidate GROUP BY id ORDER BY score DESC, id LIMIT ${LIMIT}
    )
    SELECT p.id, p.surname, p.forenames, p."dateOfBirth", n.name AS npu, p."rmsRef"
    FROM best JOIN "Person" p ON p.id = best.id LEFT JOIN "Npu" n ON n.id = p."npuId"
    ORDER BY best.score DESC, p.id`;
  return rows.map((r) => ({
    kind: "person",
    id: r.id,
    href: `/persons/${r.id}`,
    label: [r.forenames, r.surname].filter(Boolean).join(" "),
    detail: [bornLabel(r.dateOfBirth), r.npu ?? "NPU not known", r.rmsRef ? `nominal ${r.rmsRef}` : null]
      .filter(Boolean)
      .join(", "),
  }));
}

/** Offences by crime reference: the whole reference first, then any containing the part typed. */
export async function searchOffences(db: Db, terms: SearchTerms): Promise<SearchHit[]> {
  if (!terms.hasDigit) return [];
  const ref = terms.reference;
  const part = ref.length >= MIN_PARTIAL ? contains(ref.toLowerCase()) : null;
  const rows = await db.$queryRaw<
    { id: number; crimeReference: string; description: string; recordedOn: Date; npu: string }[]
  >`SELECT o.id, o."crimeReference", c.description, o."recordedOn", n.name AS npu
    FROM (
      (SELECT o.id, 0 AS rank, o."crimeReference" FROM "Offence" o WHERE o."crimeReference" = ${ref})
      UNION ALL
      (SELECT o.id, 1 AS rank, o."crimeReference" FROM "Offence" o
       WHERE ${part !== null} AND lower(o."crimeReference") LIKE ${part ?? ""} AND o."crimeReference" <> ${ref}
         -- As for nominal ids: a whole reference needs no scan for the references holding it.
         AND NOT EXISTS (SELECT 1 FROM "Offence" e WHERE e."crimeReference" = ${ref})
       LIMIT ${LIMIT})
    ) AS hit
    JOIN "Offence" o ON o.id = hit.id JOIN "OffenceCode" c ON c.code = o."offenceCode" JOIN "Npu" n ON n.id = o."npuId"
    ORDER BY hit.rank, hit."crimeReference" LIMIT ${LIMIT}`;
  return rows.map((r) => ({
    kind: "offence",
    id: r.id,
    href: `/offences/${r.id}`,
    label: r.crimeReference,
    detail: `${r.description}, recorded ${formatDate(r.recordedOn)}, ${r.npu}`,
  }));
}

/**
 * Intelligence by reference, whole or part. `restricted` false: P-coded items only, so a C-coded
 * item is never found, not even as a marker (issue 18: "others see nothing of it in results").
 */
export async function searchIntelligence(
  db: Db,
  terms: SearchTerms,
  restricted: boolean,
): Promise<SearchHit[]> {
  if (!terms.hasDigit) return [];
  const ref = terms.reference;
  const part = ref.length >= MIN_PARTIAL ? contains(ref) : ref;
  const rows = await db.$queryRaw<
    { id: number; reference: string; receivedOn: Date; handlingCode: string }[]
  >`
    SELECT i.id, i.reference, i."receivedOn", i."handlingCode" FROM "IntelligenceItem" i
    WHERE i."withdrawnAt" IS NULL AND (${restricted} OR i."handlingCode" = 'P')
      AND upper(i.reference) LIKE ${part}
    ORDER BY (i.reference = ${ref}) DESC, i.reference LIMIT ${LIMIT}`;
  return rows.map((r) => ({
    kind: "intelligence",
    id: r.id,
    href: `/intelligence/${r.id}`,
    label: r.reference,
    detail: `Received ${formatDate(r.receivedOn)}, handling code ${r.handlingCode}`,
  }));
}

/** Groups by name, tolerant of spelling like persons' names. */
export async function searchGroups(db: Db, terms: SearchTerms): Promise<SearchHit[]> {
  if (!terms.hasName || terms.nameKey.length < 2) return [];
  const key = Prisma.sql`person_name_key(g.name, '')`;
  const rows = await db.$queryRaw<
    { id: number; name: string; type: string; npu: string | null; active: boolean }[]
  >`
    SELECT g.id, g.name, g.type::text AS type, n.name AS npu, g.active FROM "Group" g LEFT JOIN "Npu" n ON n.id = g."npuId"
    WHERE word_similarity(${terms.nameKey}, ${key}) >= 0.5 OR lower(g.name) LIKE ${contains(terms.text.toLowerCase())}
    ORDER BY word_similarity(${terms.nameKey}, ${key}) DESC, g.name LIMIT ${LIMIT}`;
  return rows.map((r) => ({
    kind: "group",
    id: r.id,
    href: `/groups/${r.id}`,
    label: r.name,
    detail: [r.type === "OCG" ? "Organised crime group" : "Group", r.npu, r.active ? null : "inactive"]
      .filter(Boolean)
      .join(", "),
  }));
}

/** Meetings held on the day typed (as the UK calendar has it), or with the words in their title. */
export async function searchMeetings(db: Db, terms: SearchTerms, day: IsoDay | null): Promise<SearchHit[]> {
  const title = terms.text.length >= 3 ? contains(terms.text.toLowerCase()) : null;
  if (!day && !title) return [];
  const rows = await db.$queryRaw<{ id: number; title: string; heldAt: Date; status: string }[]>`
    SELECT m.id, m.title, m."heldAt", m.status::text AS status FROM "Meeting" m
    WHERE (${day}::date IS NOT NULL AND (m."heldAt" AT TIME ZONE 'Europe/London')::date = ${day}::date)
       OR (${title}::text IS NOT NULL AND lower(m.title) LIKE ${title}::text)
    ORDER BY m."heldAt" DESC LIMIT ${LIMIT}`;
  return rows.map((r) => ({
    kind: "meeting",
    id: r.id,
    href: `/meetings/${r.id}`,
    label: r.title,
    detail: `Held ${formatDateTime(r.heldAt)}, ${r.status.toLowerCase()}`,
  }));
}
