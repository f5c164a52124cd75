import type { SavedViewKind } from "@/lib/enums";
import { parseActionFilters, actionListHref } from "@/lib/action-items/filters";
import { INTEL_FILTER_KEYS, intelListHref, parseIntelListQuery } from "@/lib/intelligence/list-query";
import { FILTER_KEYS, offenceListHref, parseOffenceListQuery } from "@/lib/offences/schemas";
import { parseReferralFilters, referralListHref } from "@/lib/search/referral-filters";

// A saved view's query string, read by the list's OWN parser and written back by the list's own
// link builder, on save and again on open: only keys the list knows survive, each with a value the
// list accepts (a value it would ignore is dropped, as the list itself drops it), the page number
// never. So a view can never carry a parameter the list would not take, whatever was posted or is
// in the row. Client-safe.

type Params = Record<string, string | string[] | undefined>;

/** "a=1&a=2&b=3" (with or without "?") as the record a page's searchParams would be. */
export function paramsOf(query: string): Params {
  const params: Params = {};
  for (const [key, value] of new URLSearchParams(query.replace(/^\?/, ""))) {
    const had = params[key];
    params[key] = had === undefined ? value : [...(Array.isArray(had) ? had : [had]), value];
  }
  return params;
}

const afterPath = (href: string) => {
  const at = href.indexOf("?");
  return at < 0 ? "" : href.slice(at + 1);
};

const NORMALISE: Record<SavedViewKind, (params: Params) => string> = {
  OFFENCES: (params) => {
    const { query, form } = parseOffenceListQuery(params);
    const filters = query.filters as Record<string, unknown>;
    const kept: Record<string, string> = {};
    for (const key of FILTER_KEYS) {
      if (!form[key]) continue;
      // An officer's name typed without the type-ahead is kept as the list keeps it (oicName).
      if (key in filters || (key === "oic" && filters.oicName)) kept[key] = form[key];
    }
    return afterPath(
      offenceListHref({ form: kept, sort: query.sort, dir: query.dir, page: 1, size: query.size }),
    );
  },
  INTELLIGENCE: (params) => {
    const { query, form } = parseIntelListQuery(params);
    const filters = query.filters as Record<string, unknown>;
    const kept: Record<string, string> = {};
    for (const key of INTEL_FILTER_KEYS) {
      if (form[key] && key in filters) kept[key] = form[key];
    }
    return afterPath(
      intelListHref({ form: kept, sort: query.sort, dir: query.dir, page: 1, size: query.size }),
    );
  },
  ACTIONS: (params) => afterPath(actionListHref({ ...parseActionFilters(params), page: 1 })),
  REFERRALS: (params) => afterPath(referralListHref(parseReferralFilters(params).filters)),
};

/** The list's own reading of `query`, as a query string without "?" ("" for the unfiltered list). */
export function normaliseViewQuery(kind: SavedViewKind, query: string): string {
  return NORMALISE[kind](paramsOf(query));
}

/** The same for a page's searchParams: what a list page passes to its "Save view" form. */
export function normaliseViewParams(kind: SavedViewKind, params: Params): string {
  return NORMALISE[kind](params);
}

/** The keys of `query` the list did not keep (unknown keys, values it refuses, the page, defaults). */
export function droppedKeys(query: string, normalised: string): string[] {
  const kept = paramsOf(normalised);
  return Object.keys(paramsOf(query)).filter((key) => kept[key] === undefined);
}
