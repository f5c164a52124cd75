import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { NAME_MATCH_THRESHOLD } from "@/lib/search/name-score";
import { likeLiteral } from "@/lib/search/query";

// Person-name matching shared by the header search, the people index and the partners' referral
// search. Migration "search_name_key": Person."nameKey" (generated from both names), the distinct
// keys in "PersonNameKey" with a trigram index, a btree on (nameKey, id) for live records, and a
// double-metaphone index on the surname.

type Db = Pick<Prisma.TransactionClient, "$queryRaw" | "$executeRawUnsafe">;

/** Close spellings first: at national scale this finds a name among ~500 keys, not ~10,000. */
const CLOSE_THRESHOLD = 0.7;
const KEYS = 20;
/** More typed words than this add nothing to find a person by, and each is a lookup. */
const MAX_WORDS = 6;

export type RankedKey = { key: string; score: number };

/**
 * The stored name keys best matching the typed key, best first: every query word found (in any
 * order) first, then the name closest as a whole. Close spellings are tried first; only when they
 * give fewer than ten names is the looser NAME_MATCH_THRESHOLD tried (transposed letters), on the
 * keys holding a word like a typed one (nameWordsLike): word_similarity over every key took 0.3 to
 * 0.7 s at the national seed. Typed words all shorter than three letters ("Ki", "Jo A") have no
 * trigram to rank by: the keys with a word beginning with each, in order. Run in a transaction:
 * `<%` reads pg_trgm.word_similarity_threshold, and only the operator uses the index.
 */
export async function rankNameKeys(
  db: Db,
  key: string,
  limit = KEYS,
): Promise<{ keys: RankedKey[]; loose: boolean }> {
  if (!typedWords(key).some((w) => w.length >= 3)) {
    const keys = await db.$queryRaw<RankedKey[]>(Prisma.sql`
      SELECT k."key", 1::float8 AS score FROM "PersonNameKey" k
      WHERE ${holdsEach(Prisma.sql`k."key"`, await nameWordsLike(db, key))}
      ORDER BY k."key" LIMIT ${limit}`);
    return { keys, loose: false };
  }
  await db.$executeRawUnsafe(`set local pg_trgm.word_similarity_threshold = ${CLOSE_THRESHOLD}`);
  const close = await db.$queryRaw<RankedKey[]>(Prisma.sql`
    SELECT k."key", ${score(key)} AS score FROM "PersonNameKey" k WHERE ${key} <% k."key"
    ORDER BY score DESC, k."key" LIMIT ${limit}`);
  if (close.length >= 10) return { keys: close, loose: false };
  const like = (await nameWordsLike(db, key)).flat();
  const loose = await db.$queryRaw<RankedKey[]>(Prisma.sql`
    SELECT k."key", ${score(key)} AS score FROM "PersonNameKey" k
    WHERE string_to_array(k."key", ' ') && ${like}::text[]
      AND word_similarity(${key}, k."key") >= ${NAME_MATCH_THRESHOLD}
    ORDER BY score DESC, k."key" LIMIT ${limit}`);
  return { keys: loose, loose: true };
}

const score = (key: string) =>
  Prisma.sql`(word_similarity(${key}, k."key") + 0.5 * similarity(${key}, k."key"))::float8`;

/**
 * The stored name words (migration "person_name_words") like each typed word, one list per typed
 * word: a close spelling (trigram similarity NAME_MATCH_THRESHOLD or more) of a word of three
 * letters or more, the words a shorter one begins. A few thousand words to look through, by index.
 */
export async function nameWordsLike(db: Pick<Db, "$queryRaw">, key: string): Promise<string[][]> {
  const groups: string[][] = [];
  for (const w of typedWords(key)) {
    const rows = await db.$queryRaw<{ word: string }[]>(
      w.length >= 3
        ? Prisma.sql`SELECT n."word" FROM "PersonNameWord" n
            WHERE n."word" % ${w} AND similarity(n."word", ${w}) >= ${NAME_MATCH_THRESHOLD}`
        : Prisma.sql`SELECT n."word" FROM "PersonNameWord" n WHERE n."word" LIKE ${`${likeLiteral(w)}%`}`,
    );
    groups.push(rows.map((r) => r.word));
  }
  return groups;
}

const typedWords = (key: string) => [...new Set(key.split(" ").filter(Boolean))].slice(0, MAX_WORDS);

/** A key (`keyColumn`) holding a word of each list: every typed word is in the name, in any order. */
function holdsEach(keyColumn: Prisma.Sql, groups: string[][]): Prisma.Sql {
  if (groups.length === 0) return Prisma.sql`FALSE`;
  return Prisma.join(
    groups.map((g) => Prisma.sql`string_to_array(${keyColumn}, ' ') && ${g}::text[]`),
    " AND ",
  );
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
 * The typed words as conditions on a name key (`keyColumn`), every one in any order: a word of
 * three letters or more by a close spelling of it (nameWordsLike), a shorter one by the start of a
 * word. The starts are matched on the key itself: as a list of the thousands of stored words
 * beginning "tr", the check cost a comparison with each of them for every name (0.3 s for a
 * partner's 13,000 persons).
 */
async function eachWordIn(
  db: Pick<Db, "$queryRaw">,
  keyColumn: Prisma.Sql,
  key: string,
): Promise<Prisma.Sql> {
  const words = typedWords(key);
  const long = words.filter((w) => w.length >= 3);
  const groups = long.length > 0 ? await nameWordsLike(db, long.join(" ")) : [];
  const each = words.map((w) =>
    w.length >= 3
      ? Prisma.sql`string_to_array(${keyColumn}, ' ') && ${groups[long.indexOf(w)] ?? []}::text[]`
      : Prisma.sql`(' ' || ${keyColumn}) LIKE ${`% ${likeLiteral(w)}%`}`,
  );
  return each.length > 0 ? Prisma.join(each, " AND ") : Prisma.sql`FALSE`;
}

/**
 * A provider's referrals whose person's name matches, best first (partners' searches), at most
 * `limit` (null: all, for the partners' referral list). From the name to the persons by index
 * (the keys holding a word like each typed one, then "Person_nameKey_idx"; a sound-alike surname by
 * its metaphone index), then to the provider's referrals. Reading the provider's 13,000 persons
 * first and scoring each took 0.7 to 1.1 s at the national seed; a plain join let the planner scan
 * all 1.06 M persons (22 s). Typed words all shorter than three letters are the exception.
 */
export async function providerReferralsByName(
  db: Pick<Prisma.TransactionClient, "$queryRaw">,
  providerId: number,
  key: string,
  metaphones: string[],
  limit: number | null,
): Promise<number[]> {
  const sounds = metaphones.length > 0 ? Prisma.join(metaphones) : null;
  const score = Prisma.sql`word_similarity(${key}, p."nameKey") + 0.5 * similarity(${key}, p."nameKey")`;
  if (!typedWords(key).some((w) => w.length >= 3)) {
    // Words shorter than three letters begin thousands of names: the provider's persons are fewer.
    const rows = await db.$queryRaw<{ id: number }[]>(Prisma.sql`
      WITH mine AS MATERIALIZED (
        SELECT r.id, r."personId", r."referredOn" FROM "Referral" r WHERE r."providerId" = ${providerId}
      )
      , p AS MATERIALIZED (
        SELECT p.id, p."nameKey" FROM "Person" p
        WHERE p.id = ANY(ARRAY(SELECT DISTINCT "personId" FROM mine)) AND p."mergedIntoId" IS NULL
      )
      SELECT r.id FROM mine r JOIN p ON p.id = r."personId"
      WHERE ${await eachWordIn(db, Prisma.sql`p."nameKey"`, key)}
      ORDER BY ${score} DESC, r."referredOn" DESC, r.id LIMIT ${limit}`);
    return rows.map((r) => r.id);
  }
  const rows = await db.$queryRaw<{ id: number }[]>(Prisma.sql`
    WITH named AS MATERIALIZED (
      SELECT p.id, false AS sounds FROM "PersonNameKey" k
        JOIN "Person" p ON p."nameKey" = k."key" AND p."mergedIntoId" IS NULL
      WHERE ${await eachWordIn(db, Prisma.sql`k."key"`, key)}
        AND word_similarity(${key}, k."key") >= ${NAME_MATCH_THRESHOLD}
      UNION ALL
      SELECT s.id, true FROM "Person" s
      WHERE ${sounds !== null} AND dmetaphone(s."surname") IN (${sounds ?? ""}) AND s."mergedIntoId" IS NULL
    )
    SELECT r.id FROM "Referral" r JOIN "Person" p ON p.id = r."personId"
    WHERE r."providerId" = ${providerId} AND r."personId" IN (SELECT id FROM named)
    ORDER BY ${score} + CASE WHEN r."personId" IN (SELECT id FROM named WHERE sounds) THEN 0.2 ELSE 0 END DESC,
      r."referredOn" DESC, r.id
    LIMIT ${limit}`);
  return rows.map((r) => r.id);
}
