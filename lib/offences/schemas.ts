import { z } from "zod";
import { recordIdSchema as id } from "@/lib/ids/record-id";
import { OFFENCE_CODES } from "@/lib/reference/offence-codes";
import { SCRUTINY_CATEGORIES, type ScrutinyCategoryCode } from "@/lib/reference/scrutiny-categories";
import type { IsoDay } from "@/lib/dates/day";
import { firstParam, parseListOrder } from "@/lib/pagination";
import { readListFilters } from "@/lib/list-filters";
import { OUTCOME_GROUP_SLUGS, type OutcomeGroupSlug } from "@/lib/reference/outcome-groups";
import { decodeCursor, type OffenceListCursor } from "@/lib/offences/list-cursor";
import {
  DEFAULT_COLUMNS,
  FILTER_KEYS,
  FILTER_LABELS,
  INVESTIGATION_STATUSES,
  OFFENCE_COLUMNS,
  OFFENCE_SORTS,
  PAGE_SIZES,
  type FilterKey,
  type InvestigationStatusValue,
  type OffenceListForm,
  type OffenceListPreferences,
  type OffenceSort,
  type PageSize,
} from "@/lib/offences/list-link";
import { requiredText } from "@/lib/text/required-text";

// The list's zod-free constants and link builder, for those who import the schema module.
export * from "@/lib/offences/list-link";

// The offence list's state lives in the URL (a GET form), so a list is a link a colleague can open
// and the back button restores it. Client-safe: the page, the table and the export share it.
// A value that cannot be used is dropped with a message naming it: a mistyped or stale link still
// shows a list, never an error page.

export type OffenceListFilters = {
  /** Crime reference prefix, upper-cased. */
  ref?: string;
  /** Words each matching a linked person's surname or forenames. */
  name?: string;
  from?: IsoDay;
  to?: IsoDay;
  /** Performance year by its starting year: 2022 is 2022/23. */
  year?: number;
  npu?: number;
  hotspot?: number;
  code?: string;
  category?: ScrutinyCategoryCode;
  knife?: boolean;
  u25?: boolean;
  status?: InvestigationStatusValue;
  outcome?: number;
  recovered?: boolean;
  oic?: number;
  /** An officer's name as typed without the type-ahead (no JavaScript): names containing it. */
  oicName?: string;
  mine?: boolean;
  flagged?: boolean;
  /** In any scrutiny category (Robbery, VWI, Attempt murder, Homicide). */
  scrutiny?: boolean;
  /** Inside any hotspot. */
  inhotspot?: boolean;
  /** A Home Office outcome (1-23) has been assigned; no means type 0 or no outcome at all. */
  outcomed?: boolean;
  /** A positive outcome (docs/domain.md: 1, 2, 3, 4, 6, 7, 8, 22, 23). */
  positive?: boolean;
  /** The outcome is in this Home Office outcome group. */
  group?: OutcomeGroupSlug;
  /** The outcome filters count only outcomes dated on or before this day (the figures' "as at"). */
  outcomeby?: IsoDay;
  /** Flagged as domestic abuse (the Home Office homicide measure leaves those out). */
  domestic?: boolean;
};

export type OffenceListQuery = {
  filters: OffenceListFilters;
  sort: OffenceSort;
  dir: "asc" | "desc";
  page: number;
  size: PageSize;
  /** From a Previous or Next link: the page is read from this row's key (list-cursor.ts). */
  cursor?: OffenceListCursor;
};

export type ParsedOffenceList = { query: OffenceListQuery; form: OffenceListForm; messages: string[] };

type Params = Record<string, string | string[] | undefined>;

const yesNo = z.enum(["yes", "no"]).transform((v) => v === "yes");
const FIELD: Record<Exclude<FilterKey, "from" | "to" | "outcomeby">, z.ZodType> = {
  ref: z
    .string()
    .max(40)
    .regex(/^[A-Za-z0-9/_-]+$/)
    .transform((v) => v.toUpperCase()),
  name: z
    .string()
    .max(80)
    .regex(/^[\p{L}' -]+$/u)
    .refine((v) => v.replace(/[^\p{L}]/gu, "").length >= 2),
  year: z.coerce.number().int().min(2000).max(2100),
  npu: id,
  hotspot: id,
  code: z.enum(OFFENCE_CODES.map((c) => c.code) as [string, ...string[]]),
  category: z.enum(
    SCRUTINY_CATEGORIES.map((c) => c.code) as [ScrutinyCategoryCode, ...ScrutinyCategoryCode[]],
  ),
  knife: yesNo,
  u25: yesNo,
  status: z.enum(INVESTIGATION_STATUSES),
  outcome: z.coerce.number().int().min(0).max(23),
  recovered: yesNo,
  oic: id,
  mine: z.literal("yes").transform(() => true),
  flagged: yesNo,
  scrutiny: yesNo,
  inhotspot: yesNo,
  outcomed: yesNo,
  positive: yesNo,
  group: z.enum(OUTCOME_GROUP_SLUGS),
  domestic: yesNo,
};

/** The officer filter's type-ahead asks for names containing what was typed so far. */
export const findOfficersSchema = z.object({ text: z.string().trim().max(80) });

/** The officer filter's text field, when no officer was picked from its suggestions. */
const OFFICER_NAME = z
  .string()
  .max(80)
  .regex(/^[\p{L}' .-]+$/u)
  .refine((v) => v.replace(/[^\p{L}]/gu, "").length >= 2);

export function parseOffenceListQuery(params: Params): ParsedOffenceList {
  const { form, filters, messages } = readListFilters(params, {
    keys: FILTER_KEYS,
    labels: FILTER_LABELS,
    days: ["from", "to", "outcomeby"],
    fields: FIELD,
    otherwise: (key, raw) => (key === "oic" && OFFICER_NAME.safeParse(raw).success ? { oicName: raw } : null),
    reversedRange: "Recorded to is before recorded from, so no offence could match.",
  });

  const { sort, dir, page, size } = parseListOrder(params, OFFENCE_SORTS, "recorded", PAGE_SIZES);

  // A cursor we did not write is ignored: the page number still applies.
  const after = firstParam(params.after);
  const before = firstParam(params.before);
  const cursor = after ? decodeCursor("after", after) : before ? decodeCursor("before", before) : undefined;

  return {
    query: { filters: filters as OffenceListFilters, sort, dir, page, size, ...(cursor ? { cursor } : {}) },
    form,
    messages,
  };
}

// ─── Remembered per user (User.preferences.offenceList) ─────────────────────────

export const offenceListPreferencesSchema = z.object({
  columns: z.array(z.enum(OFFENCE_COLUMNS)).max(OFFENCE_COLUMNS.length),
  density: z.enum(["comfortable", "compact"]),
});
// The same shape as list-link's type, which the browser uses without zod.
const _sameShape: z.infer<typeof offenceListPreferencesSchema> extends OffenceListPreferences ? true : never =
  true;
void _sameShape;
export const DEFAULT_PREFERENCES: OffenceListPreferences = {
  columns: [...DEFAULT_COLUMNS],
  density: "comfortable",
};

/** Stored preferences from a JSON column: anything unreadable falls back to the defaults. */
export function readOffenceListPreferences(stored: unknown): OffenceListPreferences {
  const parsed = offenceListPreferencesSchema.safeParse(stored);
  return parsed.success ? parsed.data : DEFAULT_PREFERENCES;
}

// ─── Export justification (DPA 2018 s.62: disclosure needs a reason and recipients) ─────

export const exportJustificationSchema = z.object({
  reason: requiredText(500, "Enter why you are exporting this list", "Reason"),
  recipients: requiredText(500, "Enter who will receive the export", "Recipients"),
});
export type ExportJustification = z.infer<typeof exportJustificationSchema>;
