import { z } from "zod";
import { HOTSPOTS } from "@/lib/reference/hotspots";
import { NPU_NAMES } from "@/lib/reference/npus";
import { OFFENCE_CODES, offenceCodeRef } from "@/lib/reference/offence-codes";
import { todayInUk, EMPTY_DAY_PARTS, type DayParts } from "@/lib/dates/day";
import { dayPartsField } from "@/lib/dates/day-schema";
import { CRIME_REFERENCE_MAX, SUMMARY_MAX, LOCATION_MAX } from "@/lib/offences/offence-form-fields";

export * from "@/lib/offences/offence-form-fields";

// The create/edit offence form: one schema for react-hook-form (zodResolver) and the server action.
// Kept apart from lib/offences/schemas.ts (the list's filters) so the two evolve independently.

/**
 * A WGS84 coordinate in decimal degrees as typed (optional: "" is none). The pair's rules (both or
 * neither, in range) are offenceRuleProblems'; inside the force area is checked on the server
 * against the NPU boundaries (lib/geo/force-area.ts).
 */
function coordinateField(label: string, example: string) {
  return z
    .string()
    .trim()
    .max(20, `${label} must be a decimal number, for example ${example}`)
    .regex(/^(-?\d+(\.\d+)?)?$/, `${label} must be a decimal number, for example ${example}`)
    .default("")
    .transform((v) => (v === "" ? null : Number(v)));
}

const OFFENCE_CODE_VALUES = OFFENCE_CODES.map((o) => o.code) as [string, ...string[]];
const NPU_VALUES = NPU_NAMES as [string, ...string[]];

export const offenceFormSchema = z
  .object({
    crimeReference: z
      .string()
      .trim()
      .min(1, "Enter the crime reference")
      .max(CRIME_REFERENCE_MAX, `Crime reference must be ${CRIME_REFERENCE_MAX} characters or fewer`)
      .regex(
        /^[A-Za-z0-9/-]+$/,
        "Crime reference must only include letters, numbers, slashes (/) and hyphens (-)",
      )
      .transform((v) => v.toUpperCase()),
    offenceCode: z.enum(OFFENCE_CODE_VALUES, "Select the offence"),
    knifeUsed: z.enum(["yes", "no"], "Select yes if a knife or sharp instrument was used"),
    domesticAbuse: z
      .enum(["yes", "no"], "Select yes if the offence is flagged as domestic abuse")
      .default("no"),
    occurredOn: dayPartsField("date the offence occurred"),
    recordedOn: dayPartsField("date the offence was recorded"),
    npu: z.enum(NPU_VALUES, "Select the neighbourhood policing unit"),
    hotspot: z.string().trim().max(10).default(""),
    locationText: z
      .string()
      .trim()
      .max(LOCATION_MAX, `Location must be ${LOCATION_MAX} characters or fewer`)
      .default(""),
    summary: z
      .string()
      .trim()
      .max(SUMMARY_MAX, `Summary must be ${SUMMARY_MAX.toLocaleString("en-GB")} characters or fewer`)
      .default(""),
    latitude: coordinateField("Latitude", "52.4862"),
    longitude: coordinateField("Longitude", "-1.8904"),
    /** Edit only: the version the form was loaded at (optimistic concurrency). */
    version: z.coerce.number().int().positive().optional(),
  })
  .superRefine((v, ctx) => {
    for (const problem of offenceRuleProblems(v))
      ctx.addIssue({ code: "custom", path: [problem.field], message: problem.message });
  });

type RuleInput = {
  offenceCode: string;
  knifeUsed: "yes" | "no";
  occurredOn: string | null;
  recordedOn: string | null;
  npu: string;
  hotspot: string;
  latitude: number | null;
  longitude: number | null;
};

/**
 * The cross-field rules, apart from the schema so the data functions check them again on parsed
 * input (the schema's transforms mean parsed values cannot be parsed a second time).
 */
export function offenceRuleProblems(
  v: RuleInput,
  today: string = todayInUk(),
): { field: keyof RuleInput; message: string }[] {
  const problems: { field: keyof RuleInput; message: string }[] = [];
  if (v.knifeUsed === "yes" && offenceCodeRef(v.offenceCode)?.knifeEnabledEligible === false) {
    problems.push({
      field: "knifeUsed",
      message: "Possession of a bladed article (10D) cannot be recorded as knife used",
    });
  }
  if (v.occurredOn && v.occurredOn > today) {
    problems.push({ field: "occurredOn", message: "Date the offence occurred must be today or in the past" });
  }
  if (v.recordedOn && v.recordedOn > today) {
    problems.push({
      field: "recordedOn",
      message: "Date the offence was recorded must be today or in the past",
    });
  } else if (v.occurredOn && v.recordedOn && v.recordedOn < v.occurredOn) {
    problems.push({
      field: "recordedOn",
      message: "Date the offence was recorded must be the same as or after the date it occurred",
    });
  }
  if (v.latitude !== null && v.longitude === null)
    problems.push({ field: "longitude", message: "Enter the longitude as well as the latitude, or neither" });
  if (v.longitude !== null && v.latitude === null)
    problems.push({ field: "latitude", message: "Enter the latitude as well as the longitude, or neither" });
  if (v.latitude !== null && Math.abs(v.latitude) > 90)
    problems.push({ field: "latitude", message: "Latitude must be between -90 and 90 (WGS84 degrees)" });
  if (v.longitude !== null && Math.abs(v.longitude) > 180)
    problems.push({ field: "longitude", message: "Longitude must be between -180 and 180 (WGS84 degrees)" });
  if (v.hotspot) {
    const hotspot = HOTSPOTS.find((h) => h.code === v.hotspot);
    if (!hotspot) problems.push({ field: "hotspot", message: "Select a hotspot from the list" });
    else if (hotspot.npu !== v.npu)
      problems.push({ field: "hotspot", message: `Select a hotspot in ${v.npu}, or none` });
  }
  return problems;
}

export type OffenceFormValues = z.input<typeof offenceFormSchema>;
export type OffenceFormInput = z.output<typeof offenceFormSchema>;

export function emptyOffenceForm(): OffenceFormValues {
  const blank: DayParts = EMPTY_DAY_PARTS;
  return {
    crimeReference: "",
    offenceCode: "" as never,
    knifeUsed: "" as never,
    domesticAbuse: "no",
    occurredOn: blank,
    recordedOn: blank,
    npu: "" as never,
    hotspot: "",
    locationText: "",
    latitude: "",
    longitude: "",
    summary: "",
  };
}
