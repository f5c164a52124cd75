import "server-only";
import { dbDateOf } from "@/lib/dates/day";
import type { OffenceFormInput } from "@/lib/offences/offence-form-schema";

/**
 * The offence form → the columns it sets, the same for create and update (so the two can never
 * map a field differently). `data` has passed checkOffenceInput (both dates present); `places` is
 * what resolveOffencePlaces found for the form's NPU and hotspot code. The hotspot is left unset:
 * placeOffences puts the offence where its point lies, in the same transaction (issue 17).
 */
export function offenceRowOf(
  data: OffenceFormInput & { occurredOn: string; recordedOn: string },
  places: { npuId: number; rmsHotspotCode: string | null },
) {
  return {
    crimeReference: data.crimeReference,
    offenceCode: data.offenceCode,
    knifeUsed: data.knifeUsed === "yes",
    domesticAbuse: data.domesticAbuse === "yes",
    occurredOn: dbDateOf(data.occurredOn),
    recordedOn: dbDateOf(data.recordedOn),
    npuId: places.npuId,
    hotspotId: null,
    rmsHotspotCode: places.rmsHotspotCode,
    latitude: data.latitude,
    longitude: data.longitude,
    locationText: data.locationText || null,
    summary: data.summary,
  };
}
