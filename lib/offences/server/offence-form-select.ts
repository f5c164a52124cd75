import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

/** The offence's own columns that its edit form shows and saves. */
export const OFFENCE_FORM_COLUMNS = {
  crimeReference: true,
  offenceCode: true,
  knifeUsed: true,
  domesticAbuse: true,
  occurredOn: true,
  recordedOn: true,
  rmsHotspotCode: true,
  latitude: true,
  longitude: true,
  locationText: true,
  summary: true,
} satisfies Prisma.OffenceSelect;

/**
 * The form's fields as read for the form and for a conflict beside it: the NPU by name and the
 * placed hotspot's code (recordedHotspotCode), so both show the same saved values.
 */
export const OFFENCE_FORM_SELECT = {
  ...OFFENCE_FORM_COLUMNS,
  npu: { select: { name: true } },
  hotspot: { select: { code: true } },
} satisfies Prisma.OffenceSelect;
