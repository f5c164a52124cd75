import { hasBadCharacters, MAX_INT32 } from "@/lib/actions/bad-bytes";

// The proxy's one check of every address before any page, route or list parser sees it
// (issue 16: malformed %-encoding, NUL bytes and ids beyond 2^31-1 gave 500s). Pure, so the proxy
// (edge-safe: no Node APIs) and unit tests share it.

export type UrlVerdict = { status: 400 | 404; reason: string } | null;

/** Query parameters that carry a record id or a page number: a digit string beyond Int is refused. */
const NUMBER_PARAM = /^(id|page|size|person|offence|meeting|group|provider|user|npu|owner|oic|run|item)$|Id$/;

function decode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/** `pathname` and `search` exactly as received (still %-encoded). */
export function judgeUrl(pathname: string, search: string): UrlVerdict {
  const path = decode(pathname);
  if (path === null) return { status: 400, reason: "The address is not correctly encoded." };
  if (hasBadCharacters(path))
    return { status: 400, reason: "The address contains characters that are not allowed." };
  // A record id in the path that no Int column can hold: there is no such record.
  for (const segment of path.split("/")) {
    if (/^\d+$/.test(segment) && (segment.length > 10 || Number(segment) > MAX_INT32))
      return { status: 404, reason: "No such record." };
  }
  const query = search.startsWith("?") ? search.slice(1) : search;
  if (query === "") return null;
  for (const part of query.split("&")) {
    const eq = part.indexOf("=");
    const name = decode((eq < 0 ? part : part.slice(0, eq)).replace(/\+/g, " "));
    const value = decode((eq < 0 ? "" : part.slice(eq + 1)).replace(/\+/g, " "));
    if (name === null || value === null)
      return { status: 400, reason: "The address is not correctly encoded." };
    if (hasBadCharacters(name) || hasBadCharacters(value))
      return { status: 400, reason: "The search contains characters that are not allowed." };
    if (NUMBER_PARAM.test(name) && /^\s*-?\d+\s*$/.test(value) && Math.abs(Number(value)) > MAX_INT32) {
      return { status: 400, reason: "A number in the address is too large." };
    }
  }
  return null;
}
