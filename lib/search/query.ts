import { parseDay, type IsoDay } from "@/lib/dates/day";

// What people type into the header search box, read once (issue 18): a crime reference (whole or
// part), a person's name (either order, typos, hyphens, Mc/Mac, accents), a nominal id, an
// intelligence reference, a group name, a meeting date. Pure and client-safe, so the rules have
// unit tests and the server never sees raw text it has not judged.

/** Longer input is cut here: no name, reference or date is longer, and it bounds the SQL work. */
export const MAX_QUERY_LENGTH = 100;
/** Below this the results would be most of the database: we ask for more instead. */
export const MIN_QUERY_LENGTH = 2;

export type SearchTerms = {
  /** The text as searched (trimmed, bad characters removed, cut to MAX_QUERY_LENGTH). */
  text: string;
  /** Name key words (normaliseName), for the person and group searches. */
  nameKey: string;
  /** Upper-cased, spaces removed: for references (crime, intelligence, nominal id). */
  reference: string;
  /** A real calendar day when the text reads as one (meeting date). */
  day: IsoDay | null;
  /** A referral number ("123", "R123", "#123"). */
  referralId: number | null;
  /** The text held letters and is not one word with digits in it: worth searching names. */
  hasName: boolean;
  /** The text held a digit: worth searching references. */
  hasDigit: boolean;
};

export type ReadQuery =
  { ok: true; terms: SearchTerms; notice: string | null } | { ok: false; text: string; message: string };

/**
 * Judges the box's text. Never throws: empty, one-character or unreadable input returns a message
 * to show instead of results; over-long input is searched by its first MAX_QUERY_LENGTH characters
 * with a notice saying so. NUL bytes, lone surrogates and other control characters are dropped,
 * emoji are ignored; wildcards (%, _, *) are ordinary characters (the SQL escapes them).
 */
export function readQuery(raw: unknown): ReadQuery {
  const input = typeof raw === "string" ? raw : Array.isArray(raw) ? String(raw[0] ?? "") : "";
  const cleaned = input
    .replace(
      /[\u0000-\u001f\u007f]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
      " ",
    )
    .replace(/\s+/g, " ")
    .trim();
  const long = cleaned.length > MAX_QUERY_LENGTH;
  const text = long ? cleaned.slice(0, MAX_QUERY_LENGTH).trim() : cleaned;
  if (text.length === 0)
    return {
      ok: false,
      text,
      message: "Enter a name, crime reference, nominal id, intelligence reference, group or meeting date.",
    };
  const meaningful = text.replace(/[^\p{L}\p{N}]/gu, "");
  const referral = /^(?:r|ref|#)?\s*-?\s*(\d{1,9})$/i.exec(text);
  // A referral number may be one digit; anything else that short would match most records.
  if (meaningful.length < MIN_QUERY_LENGTH && !referral)
    return {
      ok: false,
      text,
      message: `Enter at least ${MIN_QUERY_LENGTH} letters or numbers to search.`,
    };
  const day = parseDay(text);
  return {
    ok: true,
    notice: long ? `Only the first ${MAX_QUERY_LENGTH} characters were searched.` : null,
    terms: {
      text,
      nameKey: normaliseName(text),
      reference: text.toUpperCase().replace(/\s+/g, ""),
      day,
      referralId: referral ? Number(referral[1]) : null,
      // "CG-SYN-2023-000123" or "SYN-N00500000" is a reference, not a name: one word holding digits.
      hasName: /\p{L}/u.test(text) && !(/\d/.test(text) && !/\s/.test(text)),
      hasDigit: /\d/.test(text),
    },
  };
}

/**
 * The key a name is matched on, the same for the person's record (the SQL function
 * person_name_key in migration "search_name_key", which must stay in step: an integration test
 * compares them) and for the typed text: lower case, accents removed, anything but letters and
 * digits a word break (hyphens and apostrophes: "Smith-Jones" is "smith jones", "O'Neil" is
 * "o neil"), and "mac" at the start of a word written "mc" (MacDonald = McDonald).
 */
export function normaliseName(text: string): string {
  return stripAccents(text.toLowerCase())
    .replace(/[^a-z0-9]+/g, " ")
    .replace(/\bmac(?=[a-z]{3})/g, "mc")
    .trim();
}

// The accented letters of European names by base letter. PostgreSQL's translate() in the
// migration maps the same letters, upper and lower case (unaccent is not in the embedded server,
// and lower() of a non-ASCII letter depends on the database's locale).
const ACCENT_GROUPS: Record<string, string> = {
  a: "àáâãäåāăą",
  c: "çćč",
  d: "ď",
  e: "èéêëēėęě",
  g: "ğ",
  i: "ìíîïīįı",
  l: "ł",
  n: "ñńň",
  o: "òóôõöøōő",
  r: "ŕř",
  s: "śšş",
  t: "ť",
  u: "ùúûüūůűų",
  y: "ýÿ",
  z: "źżž",
};
const UNACCENT = new Map(
  Object.entries(ACCENT_GROUPS).flatMap(([base, letters]) => [...letters].map((l) => [l, base] as const)),
);

function stripAccents(text: string): string {
  let out = "";
  for (const ch of text) out += UNACCENT.get(ch) ?? ch;
  return out.replace(/ß/g, "ss").replace(/æ/g, "ae").replace(/œ/g, "oe");
}

/** LIKE pattern text with %, _ and \ taken literally. */
export function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
