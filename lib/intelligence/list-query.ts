import { z } from "zod";
import { parseDateInput, type IsoDay } from "@/lib/dates/day";
import { firstParam, parseListOrder } from "@/lib/pagination";
import { HANDLING_CODES, INTEL_ASSESSMENTS, SOURCE_EVALUATIONS } from "@/lib/intelligence/rules";
import type { HandlingCode, IntelAssessment, SourceEvaluation } from "@/lib/enums";
import {
  INTEL_FILTER_KEYS,
  INTEL_FILTER_LABELS,
  INTEL_PAGE_SIZES,
  INTEL_SORTS,
  type IntelListForm,
  type IntelPageSize,
  type IntelSort,
} from "@/lib/intelligence/list-link";

export * from "@/lib/intelligence/list-link";

// The intelligence register's state lives in the URL (a GET form), like the offence list: a list is
// a link, and the back button restores it. A value that cannot be used is dropped with a message.
// Client-safe.

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
    INTEL_FILTER_KEYS.map((key) => [key, firstParam(params[key]).slice(0, 200)]),
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
  const { sort, dir, page, size } = parseListOrder(params, INTEL_SORTS, "received", INTEL_PAGE_SIZES);
  return { query: { filters: filters as IntelListFilters, sort, dir, page, size }, form, messages };
}
