// The offence list's URL state, its labels and column choices: what the browser needs of the list,
// with no zod (issue 15: the list's client components pulled all of zod into its JavaScript).
// lib/offences/schemas.ts parses the URL and re-exports everything here.

import { registerHref } from "@/lib/lists/register-href";

export const OFFENCE_SORTS = ["recorded", "reference", "offence", "npu", "status", "review"] as const;
export type OffenceSort = (typeof OFFENCE_SORTS)[number];
export const PAGE_SIZES = [25, 50, 100] as const;
export type PageSize = (typeof PAGE_SIZES)[number];
export const INVESTIGATION_STATUSES = ["OPEN", "PENDING_SUSPECT", "CHARGED", "FINALISED"] as const;
export type InvestigationStatusValue = (typeof INVESTIGATION_STATUSES)[number];

/** The filter fields of the form, as they appear in the URL. */
export const FILTER_KEYS = [
  "ref",
  "name",
  "from",
  "to",
  "year",
  "npu",
  "hotspot",
  "code",
  "category",
  "knife",
  "u25",
  "status",
  "outcome",
  "recovered",
  "oic",
  "mine",
  "flagged",
  // Drill-down from the figures (issue 7): each figure links to the list with the same set.
  "scrutiny",
  "inhotspot",
  "outcomed",
  "positive",
  "group",
  "outcomeby",
  "domestic",
] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type OffenceListForm = Record<FilterKey, string>;

export const FILTER_LABELS: Record<FilterKey, string> = {
  ref: "Crime reference",
  name: "Person name",
  from: "Recorded from",
  to: "Recorded to",
  year: "Performance year",
  npu: "NPU",
  hotspot: "Hotspot",
  code: "Offence code",
  category: "Scrutiny category",
  knife: "Knife used",
  u25: "Victim under 25",
  status: "Investigation status",
  outcome: "Outcome",
  recovered: "Knife recovered",
  oic: "Officer in charge",
  mine: "My cases",
  flagged: "Flagged for scrutiny",
  scrutiny: "In a scrutiny category",
  inhotspot: "In a hotspot",
  outcomed: "Outcome assigned",
  positive: "Positive outcome",
  group: "Outcome group",
  outcomeby: "Outcomes recorded by",
  domestic: "Domestic abuse",
};

export type OffenceListLink = {
  form: Partial<OffenceListForm>;
  sort: OffenceSort;
  dir: "asc" | "desc";
  page: number;
  size: PageSize;
  /** A Previous or Next link's keyset cursor (list-cursor.ts); set on those links only. */
  after?: string;
  before?: string;
  /**
   * A page's link: the person-name filter goes as this token (the page's seal of it,
   * lib/security/sealed-fields.ts), never plain; "" when there is none. Left out only for a query
   * that is stored, not linked (a saved view's), which is sealed when it becomes a link.
   */
  sealed?: string;
};

/** The URL of the list with this state. Defaults are left out so links stay short. */
export function offenceListHref(state: OffenceListLink, base = "/offences"): string {
  return registerHref(
    { base, keys: FILTER_KEYS, defaultSort: "recorded", sealedPath: "/offences" },
    state,
    (params) => {
      if (state.after) params.set("after", state.after);
      else if (state.before) params.set("before", state.before);
    },
  );
}

export const OFFENCE_COLUMNS = [
  "recorded",
  "offence",
  "npu",
  "hotspot",
  "knife",
  "u25",
  "status",
  "outcome",
  "oic",
  "review",
  "flagged",
] as const;
export type OffenceColumn = (typeof OFFENCE_COLUMNS)[number];
export const DEFAULT_COLUMNS: readonly OffenceColumn[] = [
  "recorded",
  "offence",
  "npu",
  "knife",
  "u25",
  "status",
  "review",
];

export type OffenceListPreferences = { columns: OffenceColumn[]; density: "comfortable" | "compact" };
