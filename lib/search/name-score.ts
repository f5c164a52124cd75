// pg_trgm's word_similarity, as the person search ranks by it (lib/search/server), written out so
// the matching rules (order, typos, hyphens, Mc/Mac) have unit tests without a database. An
// integration test checks it against PostgreSQL on the same pairs. Inputs are name keys
// (normaliseName): lower-case words of letters and digits.

/**
 * The least score a person's name must reach to be a result (pg_trgm.word_similarity_threshold in
 * the query). 0.4 keeps one transposed pair of letters in a long surname ("Mokcridge": 0.43) and
 * still refuses unrelated names. Sound-alike spellings of short names ("Smyth" for "Smith": 0.33)
 * are found by the surname's double metaphone instead (SQL only).
 */
export const NAME_MATCH_THRESHOLD = 0.4;

/** pg_trgm's trigrams of one text, in order: each word padded with two spaces before, one after. */
export function trigrams(key: string): string[] {
  return key
    .split(" ")
    .filter(Boolean)
    .flatMap((word) => {
      const padded = `  ${word} `;
      return Array.from({ length: padded.length - 2 }, (_, i) => padded.slice(i, i + 3));
    });
}

/**
 * The best Jaccard similarity between the query's trigram set and any run of consecutive trigrams
 * of the target: 1 when every query word is in the target in any order, less for each typo.
 */
export function nameScore(queryKey: string, targetKey: string): number {
  const q = new Set(trigrams(queryKey));
  const t = trigrams(targetKey);
  if (q.size === 0 || t.length === 0) return 0;
  let best = 0;
  for (let start = 0; start < t.length; start++) {
    const extent = new Set<string>();
    let common = 0;
    for (let end = start; end < t.length; end++) {
      const trigram = t[end]!;
      if (!extent.has(trigram)) {
        extent.add(trigram);
        if (q.has(trigram)) common++;
      }
      best = Math.max(best, common / (q.size + extent.size - common));
    }
  }
  return best;
}
