import "server-only";
import { OFFENCE_FORM_SELECT } from "@/lib/offences/server/offence-form-select";
import { AppError } from "@/lib/errors";
import type { Tx } from "@/lib/db/server/prisma";
import { conflictFieldErrors } from "@/lib/actions/conflict";
import { lastSavedBy } from "@/lib/audit/server/last-saved-by";
import { dayOfDbDate, formatDay } from "@/lib/dates/day";
import type { OffenceFormInput } from "@/lib/offences/offence-form-schema";
import { recordedHotspotCode } from "@/lib/offences/recorded-hotspot-code";

/**
 * CONFLICT for an offence saved by someone else since the editor loaded it: the saved value beside
 * what they typed on each field that differs (issue 16), and who saved it when.
 */
export async function offenceConflict(tx: Tx, offenceId: number, mine: OffenceFormInput): Promise<AppError> {
  const saved = await tx.offence.findUniqueOrThrow({
    where: { id: offenceId },
    select: OFFENCE_FORM_SELECT,
  });
  const yesNo = (v: boolean) => (v ? "Yes" : "No");
  const coordinate = (v: number | null) => (v === null ? "" : String(v));
  const day = (iso: string | null) => (iso ? formatDay(iso) : "");
  const fieldErrors = conflictFieldErrors(
    "offence",
    {
      crimeReference: { label: "Crime reference", mine: mine.crimeReference, saved: saved.crimeReference },
      offenceCode: { label: "Offence", mine: mine.offenceCode, saved: saved.offenceCode },
      knifeUsed: {
        label: "Knife used",
        mine: yesNo(mine.knifeUsed === "yes"),
        saved: yesNo(saved.knifeUsed),
      },
      domesticAbuse: {
        label: "Domestic abuse",
        mine: yesNo(mine.domesticAbuse === "yes"),
        saved: yesNo(saved.domesticAbuse),
      },
      occurredOn: {
        label: "Date the offence occurred",
        mine: day(mine.occurredOn),
        saved: day(dayOfDbDate(saved.occurredOn)),
      },
      recordedOn: {
        label: "Date the offence was recorded",
        mine: day(mine.recordedOn),
        saved: day(dayOfDbDate(saved.recordedOn)),
      },
      npu: { label: "Neighbourhood policing unit", mine: mine.npu, saved: saved.npu.name },
      hotspot: { label: "Hotspot code", mine: mine.hotspot, saved: recordedHotspotCode(saved) },
      locationText: { label: "Location", mine: mine.locationText, saved: saved.locationText ?? "" },
      latitude: { label: "Latitude", mine: coordinate(mine.latitude), saved: coordinate(saved.latitude) },
      longitude: { label: "Longitude", mine: coordinate(mine.longitude), saved: coordinate(saved.longitude) },
      summary: { label: "Summary", mine: mine.summary, saved: saved.summary ?? "" },
    },
    await lastSavedBy(tx, "offence", offenceId),
  );
  return new AppError("CONFLICT", { fieldErrors });
}
