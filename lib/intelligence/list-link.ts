// The intelligence register's URL state and its links: what the browser needs of the register, with
// no zod (issue 15: the table's client component pulled all of zod into the page's JavaScript).
// lib/intelligence/list-query.ts parses the URL and re-exports everything here.
import { registerHref } from "@/lib/lists/register-href";

export const INTEL_SORTS = ["received", "reference", "grading"] as const;
export type IntelSort = (typeof INTEL_SORTS)[number];
export const INTEL_PAGE_SIZES = [25, 50, 100] as const;
export type IntelPageSize = (typeof INTEL_PAGE_SIZES)[number];

export const INTEL_FILTER_KEYS = ["q", "source", "assessment", "handling", "from", "to"] as const;
export type IntelFilterKey = (typeof INTEL_FILTER_KEYS)[number];
export type IntelListForm = Record<IntelFilterKey, string>;

export const INTEL_FILTER_LABELS: Record<IntelFilterKey, string> = {
  q: "Text contains",
  source: "Source evaluation",
  assessment: "Intelligence assessment",
  handling: "Handling code",
  from: "Received from",
  to: "Received to",
};

export type IntelListLink = {
  form: Partial<IntelListForm>;
  sort: IntelSort;
  dir: "asc" | "desc";
  page: number;
  size: IntelPageSize;
  /** A page's link: the text filter as this token, never plain (as OffenceListLink's). */
  sealed?: string;
};

/** The register's URL with this state; defaults are left out so links stay short. */
export function intelListHref(state: IntelListLink): string {
  return registerHref(
    { base: "/intelligence", keys: INTEL_FILTER_KEYS, defaultSort: "received", sealedPath: "/intelligence" },
    state,
  );
}
