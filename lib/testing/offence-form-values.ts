import type { OffenceFormValues } from "@/lib/offences/offence-form-schema";
import { nextTestReference } from "@/prisma/factories/create-reference-data";

/** What a user would type into the new-offence form: valid, with a crime reference of its own. */
export function offenceFormValues(overrides: Partial<OffenceFormValues> = {}): OffenceFormValues {
  return {
    crimeReference: nextTestReference("CR").replace(/[^A-Z0-9-]/gi, ""),
    offenceCode: "8N",
    knifeUsed: "yes",
    occurredOn: { day: "1", month: "10", year: "2026" },
    recordedOn: { day: "2", month: "10", year: "2026" },
    npu: "Birmingham East",
    hotspot: "HS01",
    locationText: "Near the park",
    summary: "Synthetic.",
    ...overrides,
  };
}
