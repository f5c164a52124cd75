import "server-only";
import { AppError } from "@/lib/errors";
import type { Tx } from "@/lib/db/server/prisma";

/**
 * The NPU id for the form's name, and the hotspot code the form recorded. The schema already checks
 * the hotspot is in the NPU against the reference list; this checks again against the database,
 * which an administrator may have changed (a deactivated hotspot is refused). The code is kept as
 * the recorded (RMS) code only: the offence's hotspot is where its point lies (issue 17,
 * placeOffences), and a code that disagrees is flagged, never counted as placement.
 */
export async function resolveOffencePlaces(
  tx: Pick<Tx, "npu" | "hotspot">,
  input: { npu: string; hotspot: string },
): Promise<{ npuId: number; rmsHotspotCode: string | null }> {
  const npu = await tx.npu.findUnique({ where: { name: input.npu }, select: { id: true } });
  if (!npu)
    throw new AppError("VALIDATION", { fieldErrors: { npu: ["Select the neighbourhood policing unit"] } });
  if (!input.hotspot) return { npuId: npu.id, rmsHotspotCode: null };
  const hotspot = await tx.hotspot.findUnique({
    where: { code: input.hotspot },
    select: { code: true, npuId: true, active: true },
  });
  if (!hotspot || !hotspot.active || hotspot.npuId !== npu.id) {
    throw new AppError("VALIDATION", {
      fieldErrors: { hotspot: [`Select a hotspot in ${input.npu}, or none`] },
    });
  }
  return { npuId: npu.id, rmsHotspotCode: hotspot.code };
}
