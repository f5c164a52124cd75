import { z } from "zod";

// Server-side pagination shared by lists whose page number lives in the URL (`?page=3`).
// Client-safe: no server imports.

export const PAGE_SIZE = 25;

/** One page of a list, with what the GOV.UK pagination component needs. */
export type Paged<T> = { items: T[]; total: number; page: number; pageSize: number; totalPages: number };

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
