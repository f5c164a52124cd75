import { dayFromParts, type DayParts, type IsoDay } from "@/lib/dates/day";
import type { PersonRole } from "@/lib/enums";
import { PERSON_ROLE_LABELS } from "@/lib/labels/person-role";
import { readQuery } from "@/lib/search/query";

// The people index's search and filters (issue 18), read from the URL (a GET form, so a search is a
// link). Anything unreadable in a filter is dropped; what the user typed in the name or date boxes
// comes back with a message next to the box, never an error page. Client-safe.

export type RepeatFilter = "victim" | "suspect";

export type PersonIndexFilters = {
  /** Name or nominal id as searched (readQuery's text), or null. */
  q: string | null;
  dateOfBirth: IsoDay | null;
  npuId: number | null;
  role: PersonRole | null;
  repeat: RepeatFilter | null;
  under25: boolean;
  /** Only honoured for roles that may read groups (the data function drops it for the others). */
  groupMember: boolean;
  openReferral: boolean;
};

export type PersonIndexInput = {
  filters: PersonIndexFilters;
  /** The date boxes as typed, shown again when they were not a date. */
  dobParts: DayParts;
  errors: { field: "q" | "dob"; message: string }[];
};

export const NO_PERSON_FILTERS: PersonIndexFilters = {
  q: null,
  dateOfBirth: null,
  npuId: null,
  role: null,
  repeat: null,
  under25: false,
  groupMember: false,
  openReferral: false,
};

export const REPEAT_LABELS: Record<RepeatFilter, string> = {
  victim: "Repeat victim (12 months)",
  suspect: "Repeat suspect or offender (12 months)",
};

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
/** A date box is never longer than this; longer text is cut before it is shown back. */
const BOX = 20;

export function parsePersonIndexParams(
  params: Record<string, string | string[] | undefined>,
): PersonIndexInput {
  const errors: PersonIndexInput["errors"] = [];
  const rawQ = first(params.q) ?? "";
  const read = rawQ.trim() === "" ? null : readQuery(rawQ);
  // The header's message names every kind it searches; this box takes names and nominal ids only.
  if (read && !read.ok)
    errors.push({ field: "q", message: read.text === "" ? "Enter a name or nominal id" : read.message });

  const dobParts: DayParts = {
    day: (first(params.dobDay) ?? "").slice(0, BOX),
    month: (first(params.dobMonth) ?? "").slice(0, BOX),
    year: (first(params.dobYear) ?? "").slice(0, BOX),
  };
  const dob = dayFromParts(dobParts);
  if (dob.problem === "incomplete")
    errors.push({ field: "dob", message: `Date of birth must include a ${dob.missing.join(" and ")}` });
  if (dob.problem === "invalid") errors.push({ field: "dob", message: "Date of birth must be a real date" });

  const npu = Number(first(params.npu));
  const role = first(params.role);
  const repeat = first(params.repeat);
  return {
    dobParts,
    errors,
    filters: {
      q: read?.ok ? read.terms.text : null,
      dateOfBirth: dob.day,
      npuId: Number.isInteger(npu) && npu > 0 && npu < 2 ** 31 ? npu : null,
      role: role && role in PERSON_ROLE_LABELS ? (role as PersonRole) : null,
      repeat: repeat === "victim" || repeat === "suspect" ? repeat : null,
      under25: first(params.u25) === "yes",
      groupMember: first(params.group) === "yes",
      openReferral: first(params.referral) === "open",
    },
  };
}

/** True when something was asked: without it the index shows no one (no browsing the whole index). */
export function hasCriteria(filters: PersonIndexFilters): boolean {
  return Object.entries(filters).some(([, value]) => value !== null && value !== false);
}

/** The URL of the index with these filters (page 1 unless told). */
export function personIndexHref(filters: PersonIndexFilters, page = 1): string {
  const params = new URLSearchParams();
  if (filters.q) params.set("q", filters.q);
  if (filters.dateOfBirth) {
    const [year, month, day] = filters.dateOfBirth.split("-");
    params.set("dobDay", String(Number(day)));
    params.set("dobMonth", String(Number(month)));
    params.set("dobYear", year!);
  }
  if (filters.npuId) params.set("npu", String(filters.npuId));
  if (filters.role) params.set("role", filters.role);
  if (filters.repeat) params.set("repeat", filters.repeat);
  if (filters.under25) params.set("u25", "yes");
  if (filters.groupMember) params.set("group", "yes");
  if (filters.openReferral) params.set("referral", "open");
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return query ? `/persons?${query}` : "/persons";
}

/** What the audit row records as the search's terms: every criterion, and the page. */
export function describePersonSearch(filters: PersonIndexFilters, page: number): string {
  return [
    filters.q ? `name or nominal id: ${filters.q}` : null,
    filters.dateOfBirth ? `date of birth: ${filters.dateOfBirth}` : null,
    filters.npuId ? `NPU: ${filters.npuId}` : null,
    filters.role ? `role: ${filters.role}` : null,
    filters.repeat ? `repeat: ${filters.repeat}` : null,
    filters.under25 ? "under 25" : null,
    filters.groupMember ? "group member" : null,
    filters.openReferral ? "open referral" : null,
    `page ${page}`,
  ]
    .filter(Boolean)
    .join("; ");
}
