import { z } from "zod";
import { parseDateInput, type IsoDay } from "@/lib/dates/day";
import { HANDLING_CODES, INTEL_ASSESSMENTS, SOURCE_EVALUATIONS } from "@/lib/intelligence/rules";
import type { HandlingCode, IntelAssessment, SourceEvaluation } from "@/lib/enums";
import { sealFields } from "@/lib/security/sealed-fields";

// The intelligence register's state lives in the URL (a GET form), like the offence list: a list is
// a link, and the back button restores it. A value that cannot be used is dropped with a message.
// Client-safe.

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

export type IntelListFilters = {
  q?: string;
  source?: SourceEvaluation;
  assessment?: IntelAssessment;
  handling?: HandlingCode;
  from?: IsoDay;
  to?: IsoDay;
};
export type IntelListQuery = {
  filters: IntelListFilters;
  sort: IntelSort;
  dir: "asc" | "desc";
  page: number;
  size: IntelPageSize;
};

type Params = Record<string, string | string[] | undefined>;
const first = (value: string | string[] | undefined) =>
  ((Array.isArray(value) ? value[0] : value) ?? "").trim();

const FIELD = {
  q: z.string().min(2).max(100),
  source: z.enum(SOURCE_EVALUATIONS),
  assessment: z.enum(INTEL_ASSESSMENTS),
  handling: z.enum(HANDLING_CODES),
} as const;

export function parseIntelListQuery(params: Params): {
  query: IntelListQuery;
  form: IntelListForm;
  messages: string[];
} {
  const messages: string[] = [];
  const form = Object.fromEntries(
    INTEL_FILTER_KEYS.map((key) => [key, first(params[key]).slice(0, 200)]),
  ) as IntelListForm;
  const filters: Record<string, unknown> = {};
  for (const key of INTEL_FILTER_KEYS) {
    const raw = form[key];
    if (!raw) continue;
    if (key === "from" || key === "to") {
      const day = parseDateInput(raw);
      if (day) filters[key] = day;
      else
        messages.push(
          `${INTEL_FILTER_LABELS[key]} “${raw}” is not a real date, like 27/3/2026. It was ignored.`,
        );
      continue;
    }
    const parsed = FIELD[key].safeParse(raw);
    if (parsed.success) filters[key] = parsed.data;
    else messages.push(`${INTEL_FILTER_LABELS[key]} “${raw}” cannot be used. It was ignored.`);
  }
  if (filters.from && filters.to && (filters.to as string) < (filters.from as string)) {
    messages.push("Received to is before received from, so no item could match. The dates were ignored.");
    delete filters.from;
    delete filters.to;
  }
  const sort = z
    .enum(INTEL_SORTS)
    .catch("received")
    .parse(first(params.sort) || "received");
  const dir = z
    .enum(["asc", "desc"])
    .catch(sort === "received" ? "desc" : "asc")
    .parse(first(params.dir) || undefined);
  const size = z.coerce
    .number()
    .pipe(
      z.union(
        INTEL_PAGE_SIZES.map((s) => z.literal(s)) as [z.ZodLiteral<25>, z.ZodLiteral<50>, z.ZodLiteral<100>],
      ),
    )
    .catch(25)
    .parse(first(params.size) || 25);
  const page = z.coerce
    .number()
    .int()
    .min(1)
    .max(1_000_000)
    .catch(1)
    .parse(first(params.page) || 1);
  return { query: { filters: filters as IntelListFilters, sort, dir, page, size }, form, messages };
}

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
  const params = new URLSearchParams();
  for (const key of INTEL_FILTER_KEYS) {
    const value = state.form[key];
    if (value) params.set(key, value);
  }
  if (state.sort !== "received" || state.dir !== "desc") {
    params.set("sort", state.sort);
    params.set("dir", state.dir);
  }
  if (state.size !== 25) params.set("size", String(state.size));
  if (state.page > 1) params.set("page", String(state.page));
  if (state.sealed !== undefined) sealFields(params, "/intelligence", state.sealed);
  const query = params.toString();
  return query ? `/intelligence?${query}` : "/intelligence";
}
