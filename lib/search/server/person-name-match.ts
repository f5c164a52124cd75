import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { NAME_MATCH_THRESHOLD } from "@/lib/search/name-score";

// The person-name condition and score shared by the header search, the people index and the
// partners' referral search, over `"Person" p`. Migration "search_name_key" holds the key function
// and its trigram index (partial: live records only, so every use says `p."mergedIntoId" is null`)
// and the double-metaphone index on the surname.

/**
 * Run inside a transaction: `<%` compares word_similarity with this setting, and only the
 * operator (not the function) can use the trigram index.
 */
export const SET_NAME_THRESHOLD = `set local pg_trgm.word_similarity_threshold = ${NAME_MATCH_THRESHOLD}`;

export type NameMatch = { where: Prisma.Sql; score: Prisma.Sql };

/**
 * `key` is normaliseName(typed text); `metaphones` the double metaphones of its words of three
 * letters or more (personNameMetaphones), so sound-alike surnames ("Smyth") are found by index.
 */
export function personNameMatch(key: string, metaphones: string[]): NameMatch {
  const nameKey = Prisma.sql`person_name_key(p."surname", p."forenames")`;
  const sounds =
    metaphones.length > 0
      ? Prisma.sql`dmetaphone(p."surname") IN (${Prisma.join(metaphones)})`
      : Prisma.sql`FALSE`;
  return {
    where: Prisma.sql`p."mergedIntoId" IS NULL AND (${key} <% ${nameKey} OR ${sounds})`,
    // Every query word found (in any order) first; then the name closest as a whole (fewest extra
    // words); a sound-alike surname lifts a weak spelling match.
    score: Prisma.sql`(word_similarity(${key}, ${nameKey}) + 0.5 * similarity(${key}, ${nameKey})
      + CASE WHEN ${sounds} THEN 0.2 ELSE 0 END)`,
  };
}

/** The double metaphones personNameMatch needs, computed by the database's fuzzystrmatch. */
export async function personNameMetaphones(
  db: Pick<Prisma.TransactionClient, "$queryRaw">,
  key: string,
): Promise<string[]> {
  const words = [...new Set(key.split(" ").filter((w) => /^[a-z]{3,}$/.test(w)))].slice(0, 4);
  if (words.length === 0) return [];
  const rows = await db.$queryRaw<{ m: string }[]>(
    Prisma.sql`SELECT DISTINCT dmetaphone(w) AS m FROM unnest(${words}::text[]) AS w`,
  );
  return rows.map((r) => r.m).filter((m) => m.length > 0);
}
