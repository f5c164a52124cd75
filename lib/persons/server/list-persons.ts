import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { PersonRole } from "@/lib/enums";
import type { ActorAsOf } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { addDays, todayInUk, type IsoDay } from "@/lib/dates/day";
import { getPrisma } from "@/lib/db/server/prisma";
import { PAGE_SIZE, pageWindow, type PageRequest } from "@/lib/pagination";
import { describePersonSearch, hasCriteria, type PersonIndexFilters } from "@/lib/persons/index-filters";
import { recordPersonSearch } from "@/lib/audit/server/record-person-search";
import { PERSON_INDEX_COUNT_CAP, type PersonIndex, type PersonIndexRow } from "@/lib/persons/types";
import { OPEN_REFERRAL_STATES } from "@/lib/referrals/rules";
import { likeLiteral, readQuery } from "@/lib/search/query";
import { personNameMetaphones, rankNameKeys, soundsLike } from "@/lib/search/server/person-name-match";

type Db = Prisma.TransactionClient;

/** The people index's flag column (migration "person_index_flags") of each role on an offence. */
const ROLE_FLAG: Record<PersonRole, Prisma.Sql> = {
  VICTIM: Prisma.raw(`fl."victim"`),
  SUSPECT: Prisma.raw(`fl."suspect"`),
  OFFENDER: Prisma.raw(`fl."offender"`),
  WITNESS: Prisma.raw(`fl."witness"`),
  PERSON_OF_INTEREST: Prisma.raw(`fl."personOfInterest"`),
};
/** How many spellings of a name the index lists the persons of (the header search lists 20). */
const NAME_KEYS = 50;
/** A sound-alike surname or a part of a nominal id matches many: at most this many of each. */
const LOOSE_MATCHES = 500;
const MIN_PARTIAL = 4;

/**
 * The people index (issue 18): persons found by name (typos, either order, Mc/Mac, hyphens: the
 * header search's matching), date of birth or nominal id, narrowed by filters, best match first,
 * then by name. Only roles that may open a person's record (persons.read) may list them; the
 * group-member filter only for roles that may read groups. Without any criterion it lists no one,
 * so the index cannot be paged through whole; every listing is logged with its criteria and page,
 * and counted against the user's search limit (RATE_LIMITED past it; s.62).
 */
export async function listPersons({
  actor,
  filters,
  page = 1,
  pageSize = PAGE_SIZE,
  now = new Date(),
}: ActorAsOf & PageRequest & { filters: PersonIndexFilters }): Promise<PersonIndex> {
  await requirePermission(actor, "persons.read");
  const mayGroups = can(actor.role, "groups.read");
  const asked: PersonIndexFilters = { ...filters, groupMember: filters.groupMember && mayGroups };
  if (!hasCriteria(asked)) return { status: "empty" };
  await recordPersonSearch({ actor, kind: "person-index", terms: describePersonSearch(asked, page) });

  const today = todayInUk(now);
  return getPrisma().$transaction(
    async (tx) => {
      const from = await candidates(tx, asked);
      const narrowed = from.narrowed || asked.dateOfBirth !== null;
      const where = Prisma.join(
        [Prisma.sql`p."mergedIntoId" IS NULL`, ...conditions(asked, today, narrowed)],
        " AND ",
      );
      // Counted up to the cap: "more than 10,000 victims" says what the exact 594,440 would, and
      // counting them all took most of a second.
      const [counted] = await tx.$queryRaw<{ total: number }[]>`
        SELECT count(*)::int AS total FROM (
          SELECT 1 FROM ${from.sql} WHERE ${where} LIMIT ${PERSON_INDEX_COUNT_CAP + 1}) AS c`;
      const totalCapped = (counted?.total ?? 0) > PERSON_INDEX_COUNT_CAP;
      const total = Math.min(counted?.total ?? 0, PERSON_INDEX_COUNT_CAP);
      const window = pageWindow(page, total, pageSize);
      const found = await tx.$queryRaw<
        {
          id: number;
          surname: string;
          forenames: string;
          dob: Date | null;
          npu: string | null;
          rmsRef: string | null;
        }[]
      >`
        SELECT p.id, p.surname, p.forenames, p."dateOfBirth" AS dob, n.name AS npu, p."rmsRef"
        FROM ${from.sql} LEFT JOIN "Npu" n ON n.id = p."npuId"
        WHERE ${where}
        ORDER BY score DESC, p.surname, p.forenames, p.id
        LIMIT ${window.take} OFFSET ${window.skip}`;
      const roles = await rolesOf(
        tx,
        found.map((r) => r.id),
      );
      const items = found.map((r): PersonIndexRow => ({
        id: r.id,
        surname: r.surname,
        forenames: r.forenames,
        // Never the full date of birth in a list (docs/domain.md): the year at most.
        bornYear: r.dob ? r.dob.getUTCFullYear() : null,
        npu: r.npu,
        nominalId: r.rmsRef,
        roles: roles.get(r.id) ?? [],
      }));
      return {
        status: "done",
        items,
        total,
        totalCapped,
        page: window.page,
        pageSize,
        totalPages: window.totalPages,
      };
    },
    { isolationLevel: "RepeatableRead", timeout: 20_000 },
  );
}

/**
 * The rows to filter, as `p` with a `score`: with a name or nominal id, only the persons it
 * matches (the best spellings by index, a sound-alike surname when none is close, a nominal id
 * whole or in part: `narrowed`, at most a few thousand); otherwise every person.
 */
async function candidates(
  tx: Db,
  filters: PersonIndexFilters,
): Promise<{ sql: Prisma.Sql; narrowed: boolean }> {
  const read = filters.q ? readQuery(filters.q) : null;
  if (!read?.ok)
    return { sql: Prisma.sql`(SELECT q.*, 0::float8 AS score FROM "Person" q) AS p`, narrowed: false };
  const { terms } = read;
  const byName = terms.hasName && terms.nameKey.replace(/ /g, "").length >= 2;
  const byRef = terms.hasDigit && terms.reference.length >= MIN_PARTIAL;
  const ranked = byName ? await rankNameKeys(tx, terms.nameKey, NAME_KEYS) : { keys: [], loose: false };
  const metaphones = byName && ranked.loose ? await personNameMetaphones(tx, terms.nameKey) : [];
  const keys = ranked.keys.map((k) => k.key);
  const scores = ranked.keys.map((k) => k.score);
  const sql = Prisma.sql`(
    SELECT q.*, c.score FROM (
      SELECT id, max(score) AS score FROM (
        SELECT m.id, k.score FROM unnest(${keys}::text[], ${scores}::float8[]) AS k(key, score)
        JOIN "Person" m ON m."nameKey" = k.key AND m."mergedIntoId" IS NULL
        UNION ALL
        (SELECT p.id, 0.2::float8 FROM "Person" p
         WHERE ${soundsLike(metaphones)} AND p."mergedIntoId" IS NULL LIMIT ${LOOSE_MATCHES})
        UNION ALL
        SELECT p.id, 10::float8 FROM "Person" p WHERE ${byRef} AND p."rmsRef" = ${terms.reference}
        UNION ALL
        (SELECT p.id, 5::float8 FROM "Person" p
         WHERE ${byRef} AND upper(p."rmsRef") LIKE ${`%${likeLiteral(terms.reference)}%`}
           AND NOT EXISTS (SELECT 1 FROM "Person" e WHERE e."rmsRef" = ${terms.reference})
         LIMIT ${LOOSE_MATCHES})
      ) AS hit GROUP BY id
    ) AS c JOIN "Person" q ON q.id = c.id
  ) AS p`;
  return { sql, narrowed: true };
}

/**
 * The filters as conditions over `p`. The role and repeat filters read the person's row of
 * "PersonIndexFlag" (migration "person_index_flags", kept by triggers as links and offence dates
 * change). `narrowed` (a name, nominal id or date of birth chose at most a few thousand persons):
 * each condition is a lookup per person. Otherwise a rare set (repeat, group member, open
 * referral: thousands at most) is read whole first, by its own index, and persons by id (as IN or
 * a join, the planner walked all 1.06 M persons by name looking for them: 1.2 s).
 */
function conditions(f: PersonIndexFilters, today: IsoDay, narrowed: boolean): Prisma.Sql[] {
  const out: Prisma.Sql[] = [];
  const among = (set: Prisma.Sql) =>
    narrowed ? Prisma.sql`p.id IN (${set})` : Prisma.sql`p.id = ANY(ARRAY(${set}))`;
  if (f.dateOfBirth) out.push(Prisma.sql`p."dateOfBirth" = ${f.dateOfBirth}::date`);
  if (f.npuId) out.push(Prisma.sql`p."npuId" = ${f.npuId}`);
  if (f.role)
    out.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "PersonIndexFlag" fl WHERE fl."personId" = p.id AND ${ROLE_FLAG[f.role]})`,
    );
  if (f.repeat) {
    // As the person record's flag (lib/persons/rules.ts): two or more in the 12 months to today,
    // that is, the second most recent is in the window.
    const column = Prisma.raw(f.repeat === "victim" ? `"repeatVictimOn"` : `"repeatOffenderOn"`);
    const since = addDays(today, -365);
    out.push(
      narrowed
        ? Prisma.sql`EXISTS (SELECT 1 FROM "PersonIndexFlag" fl WHERE fl."personId" = p.id AND fl.${column} > ${since}::date)`
        : among(
            Prisma.sql`SELECT fl."personId" FROM "PersonIndexFlag" fl WHERE fl.${column} > ${since}::date`,
          ),
    );
  }
  if (f.under25) out.push(Prisma.sql`p."dateOfBirth" > (${today}::date - interval '25 years')`);
  if (f.groupMember)
    out.push(
      among(Prisma.sql`SELECT g."personId" FROM "GroupMembership" g
        WHERE g."startOn" <= ${today}::date AND (g."endOn" IS NULL OR g."endOn" >= ${today}::date)`),
    );
  if (f.openReferral)
    out.push(
      among(Prisma.sql`SELECT r."personId" FROM "Referral" r
        WHERE r.state::text = ANY(${[...OPEN_REFERRAL_STATES]}::text[])`),
    );
  return out;
}

/** Each listed person's roles on offences (still linked), with how many of each. */
async function rolesOf(tx: Db, ids: number[]): Promise<Map<number, PersonIndexRow["roles"]>> {
  if (ids.length === 0) return new Map();
  const rows = await tx.offencePerson.groupBy({
    by: ["personId", "role"],
    where: { personId: { in: ids }, removedAt: null },
    _count: { _all: true },
    orderBy: [{ personId: "asc" }, { role: "asc" }],
  });
  const out = new Map<number, PersonIndexRow["roles"]>();
  for (const r of rows)
    out.set(r.personId, [...(out.get(r.personId) ?? []), { role: r.role, count: r._count._all }]);
  return out;
}
