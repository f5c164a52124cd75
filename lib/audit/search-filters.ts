import { z } from "zod";
import { AUDIT_CATEGORIES, AUDIT_EVENTS, type AuditCategory } from "@/lib/audit/events";
import { addDays, parseDay, ukStartOfDay, type IsoDay } from "@/lib/dates/day";

// The audit search page's URL state (a GET form) → the criteria the data function takes. Pure and
// client-safe. Unusable text filters are dropped rather than failing the page; a date the user
// typed wrongly is reported on its field, as the GOV.UK pattern asks.

export type AuditSearchForm = {
  user: string;
  entityType: string;
  entityId: string;
  category: string;
  event: string;
  from: string;
  to: string;
};

export type AuditSearchCriteria = {
  /** Matched against users' names and email addresses. */
  user?: string;
  entityType?: string;
  entityId?: string;
  category?: AuditCategory;
  event?: string;
  /** Inclusive start of the first day, UK time. */
  fromInstant?: Date;
  /** Exclusive end: the start of the day after the last day, UK time. */
  toInstant?: Date;
};

export type ParsedAuditSearch = {
  form: AuditSearchForm;
  criteria: AuditSearchCriteria;
  errors: Partial<Record<"from" | "to", string>>;
  page: number;
};

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";
const text = (max: number, pattern?: RegExp) =>
  z
    .string()
    .trim()
    .max(max)
    .refine((v) => !pattern || v === "" || pattern.test(v))
    .catch("");

const formSchema = z.object({
  user: text(254),
  entityType: text(40, /^[a-z][a-z0-9-]*$/),
  entityId: text(40, /^[A-Za-z0-9_.:-]+$/),
  category: z.enum(AUDIT_CATEGORIES).or(z.literal("")).catch(""),
  event: z
    .string()
    .trim()
    .refine((v) => v === "" || Object.hasOwn(AUDIT_EVENTS, v))
    .catch(""),
  from: text(20),
  to: text(20),
});

export function parseAuditSearch(params: Record<string, string | string[] | undefined>): ParsedAuditSearch {
  const form = formSchema.parse(
    Object.fromEntries(Object.keys(formSchema.shape).map((k) => [k, first(params[k])])),
  );
  const page = z.coerce
    .number()
    .int()
    .min(1)
    .max(10_000)
    .catch(1)
    .parse(first(params.page) || 1);
  const errors: ParsedAuditSearch["errors"] = {};

  const from = form.from ? parseUkDate(form.from) : null;
  const to = form.to ? parseUkDate(form.to) : null;
  if (form.from && !from) errors.from = "Date from must be a real date, like 27/3/2026";
  if (form.to && !to) errors.to = "Date to must be a real date, like 27/3/2026";
  const fromInstant = from ? ukStartOfDay(from) : undefined;
  const toInstant = to ? ukStartOfDay(addDays(to, 1)) : undefined;
  if (fromInstant && toInstant && toInstant <= fromInstant)
    errors.to = "Date to must be the same as or after date from";

  const criteria: AuditSearchCriteria = {
    ...(form.user ? { user: form.user } : {}),
    ...(form.entityType ? { entityType: form.entityType } : {}),
    ...(form.entityId ? { entityId: form.entityId } : {}),
    ...(form.category ? { category: form.category as AuditCategory } : {}),
    ...(form.event ? { event: form.event } : {}),
    ...(fromInstant && !errors.from ? { fromInstant } : {}),
    ...(toInstant && !errors.to ? { toInstant } : {}),
  };
  return { form, criteria, errors, page };
}

/** "27/3/2026", "27-03-2026" or "2026-03-27" (lib/dates parses); null unless it is a real date from 2000. */
export function parseUkDate(value: string): IsoDay | null {
  const day = parseDay(value);
  return day && day >= "2000-01-01" ? day : null;
}

/** The URL of the search with these filters (and page), for pagination and "remove filter" links. */
export function auditSearchHref(form: Partial<AuditSearchForm>, page = 1): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(form)) if (value) params.set(key, value);
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return query ? `/admin/audit?${query}` : "/admin/audit";
}
