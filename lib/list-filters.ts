import type { z } from "zod";
import { parseDateInput } from "@/lib/dates/day";
import { firstParam } from "@/lib/pagination";

// A register's filters live in its URL (a GET form), so a list is a link a colleague can open and
// the back button restores it. Client-safe: the offence and intelligence registers share it.

type Params = Record<string, string | string[] | undefined>;

/**
 * The filters of a register from its URL: each field as typed (at most 200 characters, for the
 * form) and each usable value parsed. A value that cannot be used is dropped with a message naming
 * it, so a mistyped or stale link still shows a list, never an error page; a from–to range the
 * wrong way round could match nothing, so both its dates are dropped too.
 */
export function readListFilters<K extends string>(
  params: Params,
  spec: {
    keys: readonly K[];
    labels: Record<K, string>;
    /** The calendar-day fields, typed like 27/3/2026; every other key has a schema in `fields`. */
    days: readonly K[];
    fields: { [P in K]?: z.ZodType };
    /** What a value its schema refused may still set (e.g. an officer's name typed, not picked). */
    otherwise?: (key: K, raw: string) => Record<string, unknown> | null;
    /** Said when "to" is before "from". */
    reversedRange: string;
  },
): { form: Record<K, string>; filters: Record<string, unknown>; messages: string[] } {
  const messages: string[] = [];
  const form = Object.fromEntries(
    spec.keys.map((key) => [key, firstParam(params[key]).slice(0, 200)]),
  ) as Record<K, string>;
  const filters: Record<string, unknown> = {};
  for (const key of spec.keys) {
    const raw = form[key];
    if (!raw) continue;
    if (spec.days.includes(key)) {
      const day = parseDateInput(raw);
      if (day) filters[key] = day;
      else messages.push(`${spec.labels[key]} “${raw}” is not a real date, like 27/3/2026. It was ignored.`);
      continue;
    }
    const parsed = spec.fields[key]!.safeParse(raw);
    const kept = parsed.success ? { [key]: parsed.data } : (spec.otherwise?.(key, raw) ?? null);
    if (kept) Object.assign(filters, kept);
    else messages.push(`${spec.labels[key]} “${raw}” cannot be used. It was ignored.`);
  }
  if (filters.from && filters.to && (filters.to as string) < (filters.from as string)) {
    messages.push(`${spec.reversedRange} The dates were ignored.`);
    delete filters.from;
    delete filters.to;
  }
  return { form, filters, messages };
}
