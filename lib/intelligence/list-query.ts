import { z } from "zod";
import type { IsoDay } from "@/lib/dates/day";
import { parseListOrder } from "@/lib/pagination";
import { readListFilters } from "@/lib/list-filters";
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
  const { form, filters, messages } = readListFilters(params, {
    keys: INTEL_FILTER_KEYS,
    labels: INTEL_FILTER_LABELS,
    days: ["from", "to"],
    fields: FIELD,
    reversedRange: "Received to is before received from, so no item could match.",
  });
  const { sort, dir, page, size } = parseListOrder(params, INTEL_SORTS, "received", INTEL_PAGE_SIZES);
  return {
    query: { filters: filters as IntelListFilters, sort, dir, page, size },
    form: form as IntelListForm,
    messages,
  };
}
