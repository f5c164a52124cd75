import "server-only";
import { AppError } from "@/lib/errors";
import type { Tx } from "@/lib/db/server/prisma";

/**
 * NPU and hotspot ids for the form's names and codes. The schema already checks the hotspot is in
 * the NPU against the reference list; this checks again against the database, which an
 * administrator may have changed (a deactivated hotspot is refused).
 */
export async function resolveOffencePlaces(
  tx: Pick<Tx, "npu" | "hotspot">,
  input: { npu: string; hotspot: string },
): Promise<{ npuId: number; hotspotId: number | null }> {
  const npu = await tx.npu.findUnique({ where: { name: input.npu }, select: { id: true } });
  if (!npu)
    throw new AppError("VALIDATION", { fieldErrors: { npu: ["Select the neighbourhood policing unit"] } });
  if (!input.hotspot) return { npuId: npu.id, hotspotId: null };
  const hotspot = await tx.hotspot.findUnique({
    where: { code: input.hotspot },
    select: { id: true, npuId: true, active: true },
  });
  if (!hotspot || !hotspot.active || hotspot.npuId !== npu.id) {
    throw new AppError("VALIDATION", {
      fieldErrors: { hotspot: [`Select a hotspot in ${input.npu}, or none`] },
    });
  }
  return { npuId: npu.id, hotspotId: hotspot.id };
}
