import { z } from "zod";
import { dayFromParts, todayInUk, dbDateOf, dayOfDbDate, type IsoDay } from "@/lib/dates/day";
import { SCRUTINY_CATEGORIES } from "@/lib/reference/scrutiny-categories";

// The map's filters (issue 17), from its GET form: period (from/to as GOV.UK date boxes), knife
// used, under 25, scrutiny category. Bad boxes fall back to the default with a message.

export type MapFilters = {
  from: IsoDay;
  to: IsoDay;
  knife: "yes" | "no" | "any";
  u25: "yes" | "no" | "any";
  category: string | null;
  errors: { field: "from" | "to"; message: string }[];
};

const choice = z.enum(["yes", "no", "any"]);
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim().slice(0, 20) ?? "";

/** Default: knife-used offences against under-25s in the last four weeks (a tactical period). */
export function mapFiltersFromParams(
  params: Record<string, string | string[] | undefined>,
  now = new Date(),
): MapFilters {
  const today = todayInUk(now);
  const fourWeeksAgo = dayOfDbDate(new Date(dbDateOf(today).getTime() - 27 * 86_400_000));
  const errors: MapFilters["errors"] = [];
  const day = (field: "from" | "to", fallback: IsoDay): IsoDay => {
    const parts = {
      day: first(params[`${field}Day`]),
      month: first(params[`${field}Month`]),
      year: first(params[`${field}Year`]),
    };
    const read = dayFromParts(parts);
    if (read.problem === "empty") return fallback;
    if (read.day) return read.day;
    errors.push({
      field,
      message: `The ${field === "from" ? "start" : "end"} of the period must be a real date`,
    });
    return fallback;
  };
  let from = day("from", fourWeeksAgo);
  let to = day("to", today);
  if (to < from) {
    errors.push({ field: "to", message: "The end of the period must be on or after its start" });
    [from, to] = [fourWeeksAgo, today];
  }
  const category = first(params.category);
  return {
    from,
    to,
    knife: choice.catch("yes").parse(first(params.knife) || "yes"),
    u25: choice.catch("yes").parse(first(params.u25) || "yes"),
    category: SCRUTINY_CATEGORIES.some((c) => c.code === category) ? category : null,
    errors,
  };
}

/** Knife-used offences against under-25s recorded in the range: the figures' and hotspot page's maps. */
export function knifeU25Filters(range: { from: IsoDay; to: IsoDay }): MapFilters {
  return { from: range.from, to: range.to, knife: "yes", u25: "yes", category: null, errors: [] };
}
