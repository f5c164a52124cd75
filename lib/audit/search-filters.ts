import { z } from "zod";
import { AUDIT_CATEGORIES, AUDIT_EVENTS, type AuditCategory } from "@/lib/audit/events";

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
  const fromInstant = from ? londonStartOfDay(from) : undefined;
  const toInstant = to ? londonStartOfDay(nextDay(to)) : undefined;
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

type Day = { year: number; month: number; day: number };

/** "27/3/2026", "27-03-2026" or "2026-03-27"; null unless it is a real date. */
export function parseUkDate(value: string): Day | null {
  const uk = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value.trim());
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value.trim());
  const [year, month, day] = uk
    ? [+uk[3]!, +uk[2]!, +uk[1]!]
    : iso
      ? [+iso[1]!, +iso[2]!, +iso[3]!]
      : [0, 0, 0];
  if (!year || year < 2000 || year > 2999) return null;
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day)
    return null;
  return { year, month, day };
}

function nextDay({ year, month, day }: Day): Day {
  const d = new Date(Date.UTC(year, month - 1, day + 1));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** Midnight in the UK (GMT or BST) as an instant. Clocks change at 01:00 UTC, never at midnight. */
export function londonStartOfDay({ year, month, day }: Day): Date {
  const utcMidnight = Date.UTC(year, month - 1, day);
  const zone = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", timeZoneName: "shortOffset" })
    .formatToParts(new Date(utcMidnight))
    .find((part) => part.type === "timeZoneName")?.value;
  const offsetHours = Number(/GMT([+-]\d+)/.exec(zone ?? "")?.[1] ?? 0);
  return new Date(utcMidnight - offsetHours * 3_600_000);
}

/** The URL of the search with these filters (and page), for pagination and "remove filter" links. */
export function auditSearchHref(form: Partial<AuditSearchForm>, page = 1): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(form)) if (value) params.set(key, value);
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return query ? `/admin/audit?${query}` : "/admin/audit";
}
