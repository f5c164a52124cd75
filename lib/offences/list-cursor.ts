import type { OffenceSort } from "@/lib/offences/list-link";

// Keyset paging of the offence list (issue 15): the Previous and Next links carry the sort key of
// the page's first or last row, so the next page is read from that key on (an index range) rather
// than by skipping every row before it (OFFSET walks them all: page 500 of a filtered list sorted
// by an investigation column checked 12,500 joined rows). Page-number links still use OFFSET.
//
// The key says which part of the order the row is in (`tier`: e.g. offences with a review date,
// then those without, then those with no investigation) and its values in that part's columns.

export type KeyValue = string | number;
export type OffenceListCursor = {
  /** The link goes forwards from the row (Next) or backwards (Previous). */
  direction: "after" | "before";
  sort: OffenceSort;
  dir: "asc" | "desc";
  tier: number;
  key: KeyValue[];
};

/** The URL value of a cursor: base64url of a short JSON array, opaque to the user. */
export function encodeCursor(cursor: Omit<OffenceListCursor, "direction">): string {
  const json = JSON.stringify([cursor.sort, cursor.dir, cursor.tier, ...cursor.key]);
  return Buffer.from(json, "utf8").toString("base64url");
}

/** The cursor in a URL, or undefined when it is not one we wrote (it is then ignored). */
export function decodeCursor(direction: "after" | "before", value: string): OffenceListCursor | undefined {
  if (!value || value.length > 400) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(value, "base64url").toString("utf8"));
  } catch {
    return undefined;
  }
  if (!Array.isArray(parsed) || parsed.length < 4 || parsed.length > 6) return undefined;
  const [sort, dir, tier, ...key] = parsed as unknown[];
  if (typeof sort !== "string" || (dir !== "asc" && dir !== "desc")) return undefined;
  if (typeof tier !== "number" || !Number.isInteger(tier) || tier < 0 || tier > 2) return undefined;
  if (!key.every((v) => typeof v === "string" || typeof v === "number")) return undefined;
  return { direction, sort: sort as OffenceSort, dir, tier, key: key as KeyValue[] };
}
