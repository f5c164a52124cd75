// Which fields of which list may hold a person's name (or words that may be one): those never
// stand in an address in plain text (lib/security/sealed-query.ts says why). A list's filter form
// posts to app/search/run, which seals these fields to the user and leaves the list's other filters
// plain, so a filtered list is still a link; the page then puts the same token in every link it
// makes (sealFields), in place of the fields. Client-safe: the link builders run in the browser too.

/** The parameter that carries a sealed query. */
export const SEALED_PARAM = "sealed";

export const SEALED_FIELDS = {
  "/offences": ["name"],
  "/offences/export": ["name"],
  // Free text of intelligence items: a person's name is what people type there.
  "/intelligence": ["q"],
  "/referrals": ["q"],
  "/decisions": ["person", "q"],
  // "Save these filters as a view": the list's whole query, names included.
  "/views/new": ["filters"],
} as const satisfies Record<string, readonly string[]>;
export type SealedPath = keyof typeof SEALED_FIELDS;

export const isSealedPath = (path: string): path is SealedPath => Object.hasOwn(SEALED_FIELDS, path);

/**
 * Takes `path`'s sealed fields out of `params`; when any of them held text, puts `token` (the
 * page's seal of those same values, from readSealedFields) in their place. Without a token the
 * text is dropped, never left plain.
 */
export function sealFields(params: URLSearchParams, path: SealedPath, token: string): void {
  const fields: readonly string[] = SEALED_FIELDS[path];
  const held = fields.some((field) => (params.get(field) ?? "").trim() !== "");
  for (const field of fields) params.delete(field);
  params.delete(SEALED_PARAM);
  if (held && token) params.set(SEALED_PARAM, token);
}
