import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { NAME_MATCH_THRESHOLD } from "@/lib/search/name-score";

// Person-name matching shared by the header search, the people index and the partners' referral
// search. Migration "search_name_key": Person."nameKey" (generated from both names), the distinct
// keys in "PersonNameKey" with a trigram index, a btree on (nameKey, id) for live records, and a
// double-metaphone index on the surname.

type Db = Pick<Prisma.TransactionClient, "$queryRaw" | "$executeRawUnsafe">;

/** Close spellings first: at national scale this finds a name among ~500 keys, not ~10,000. */
const CLOSE_THRESHOLD = 0.7;
const KEYS = 20;

export type RankedKey = { key: string; score: number };

/**
 * The stored name keys best matching the typed key, best first: every query word found (in any
 * order) first, then the name closest as a whole. Close spellings are tried first; only when they
 * give fewer than ten names is the looser NAME_MATCH_THRESHOLD tried (transposed letters). Run in
 * a transaction: `<%` reads pg_trgm.word_similarity_threshold, and only the operator uses the index.
 */
export async function rankNameKeys(
  db: Db,
  key: string,
  limit = KEYS,
): Promise<{ keys: RankedKey[]; loose: boolean }> {
  const at = async (threshold: number) => {
    await db.$executeRawUnsafe(`set local pg_trgm.word_similarity_threshold = ${threshold}`);
    return db.$queryRaw<RankedKey[]>(Prisma.sql`
      SELECT k."key", (word_similarity(${key}, k."key") + 0.5 * similarity(${key}, k."key"))::float8 AS score
      FROM "PersonNameKey" k WHERE ${key} <% k."key"
      ORDER BY score DESC, k."key" LIMIT ${limit}`);
  };
  const close = await at(CLOSE_THRESHOLD);
  if (close.length >= 10) return { keys: close, loose: false };
  return { keys: await at(NAME_MATCH_THRESHOLD), loose: true };
}

/** The double metaphones of the typed words of three letters or more (fuzzystrmatch). */
export async function personNameMetaphones(db: Db, key: string): Promise<string[]> {
  const words = [...new Set(key.split(" ").filter((w) => /^[a-z]{3,}$/.test(w)))].slice(0, 4);
  if (words.length === 0) return [];
  const rows = await db.$queryRaw<{ m: string }[]>(
    Prisma.sql`SELECT DISTINCT dmetaphone(w) AS m FROM unnest(${words}::text[]) AS w`,
  );
  return rows.map((r) => r.m).filter((m) => m.length > 0);
}

/** A surname that sounds like a typed word ("Smyth" for "Smith"), over `"Person" p`. */
export function soundsLike(metaphones: string[]): Prisma.Sql {
  return metaphones.length > 0
    ? Prisma.sql`dmetaphone(p."surname") IN (${Prisma.join(metaphones)})`
    : Prisma.sql`FALSE`;
}

/**
 * For a few rows already scoped by something else (a provider's referrals): the name condition and
 * score over `"Person" p` without the key index.
 */
export function personNameMatch(key: string, metaphones: string[]): { where: Prisma.Sql; score: Prisma.Sql } {
  const sounds = soundsLike(metaphones);
  return {
    where: Prisma.sql`p."mergedIntoId" IS NULL AND (word_similarity(${key}, p."nameKey") >= ${NAME_MATCH_THRESHOLD} OR ${sounds})`,
    score: Prisma.sql`(word_similarity(${key}, p."nameKey") + 0.5 * similarity(${key}, p."nameKey")
      + CASE WHEN ${sounds} THEN 0.2 ELSE 0 END)`,
  };
}

/**
 * A provider's referrals whose person's name matches, best first (partners' searches). The
 * provider's referrals and then their persons are read by index first (`= ANY(ARRAY(…))`), so the
 * name condition runs on a provider's few thousand persons: a plain join let the planner scan all
 * 1.06 M persons (22 s at the national seed).
 */
export async function providerReferralsByName(
  db: Pick<Prisma.TransactionClient, "$queryRaw">,
  providerId: number,
  key: string,
  metaphones: string[],
  limit: number,
): Promise<number[]> {
  const name = personNameMatch(key, metaphones);
  const rows = await db.$queryRaw<{ id: number }[]>(Prisma.sql`
    WITH mine AS MATERIALIZED (
      SELECT r.id, r."personId", r."referredOn" FROM "Referral" r WHERE r."providerId" = ${providerId}
    ), p AS MATERIALIZED (
      SELECT p.id, p.surname, p."nameKey", p."mergedIntoId" FROM "Person" p
      WHERE p.id = ANY(ARRAY(SELECT DISTINCT "personId" FROM mine))
    )
    SELECT r.id FROM mine r JOIN p ON p.id = r."personId"
    WHERE ${name.where}
    ORDER BY ${name.score} DESC, r."referredOn" DESC, r.id LIMIT ${limit}`);
  return rows.map((r) => r.id);
}
