import { z } from "zod";

// Server-side pagination shared by lists whose page number lives in the URL (`?page=3`).
// Client-safe: no server imports.

export const PAGE_SIZE = 25;

/** One page of a list, with what the GOV.UK pagination component needs. */
export type Paged<T> = { items: T[]; total: number; page: number; pageSize: number; totalPages: number };

/** A paged data function's request: the page asked for (1 when absent) and its size (PAGE_SIZE). */
export type PageRequest = { page?: number; pageSize?: number };

/**
 * `?page=` from the URL: a positive whole number, anything else (absent, "abc", "-1", an array)
 * reads as page 1 rather than an error: a mistyped URL still shows the list.
 */
export const pageParam = z.coerce.number().int().min(1).max(1_000_000).catch(1);

/** The page to show and the rows to skip. A page past the end (an old bookmark) shows the last page. */
export function pageWindow(requested: number, total: number, pageSize = PAGE_SIZE) {
  const totalPages = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(1, Math.floor(requested) || 1), totalPages);
  return { page, totalPages, skip: (page - 1) * pageSize, take: pageSize };
}

type Params = Record<string, string | string[] | undefined>;

/** One value of a URL parameter: the first when it is repeated, trimmed; "" when absent. */
export function firstParam(value: string | string[] | undefined): string {
  return ((Array.isArray(value) ? value[0] : value) ?? "").trim();
}

/**
 * A register's sort, direction, page size and page from its URL (offences, intelligence). Anything
 * unknown reads as the default rather than an error: the default sort runs newest first, any other
 * column A to Z, and the page size is one the list offers, else 25.
 */
export function parseListOrder<S extends string>(
  params: Params,
  sorts: readonly [S, ...S[]],
  byDefault: S,
  sizes: readonly (25 | 50 | 100)[],
): { sort: S; dir: "asc" | "desc"; size: 25 | 50 | 100; page: number } {
  const sort = z
    .enum(sorts)
    .catch(byDefault)
    .parse(firstParam(params.sort) || byDefault) as S;
  const dir = z
    .enum(["asc", "desc"])
    .catch(sort === byDefault ? "desc" : "asc")
    .parse(firstParam(params.dir) || undefined);
  const size = z.coerce
    .number()
    .pipe(z.union(sizes.map((s) => z.literal(s)) as [z.ZodLiteral<25>, z.ZodLiteral<50>, z.ZodLiteral<100>]))
    .catch(25)
    .parse(firstParam(params.size) || 25);
  const page = pageParam.parse(firstParam(params.page) || 1);
  return { sort, dir, size, page };
}

/**
 * How many rows match, given the first `limit` of them read from the start (no offset): fewer
 * than `limit` means those rows are all there are, so they are counted (those `matching`, when
 * given) and `count` is not run; otherwise `count` asks the database. Issue 15: a short list paid
 * a COUNT statement for a number its rows already held.
 */
export async function countUnlessAllRead<T>(
  rows: readonly T[],
  limit: number,
  count: () => Promise<number>,
  matching: (row: T) => boolean = () => true,
): Promise<number> {
  return rows.length < limit ? rows.filter(matching).length : count();
}
