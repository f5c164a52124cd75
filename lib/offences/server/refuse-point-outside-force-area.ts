import "server-only";
import { AppError } from "@/lib/errors";
import type { Tx } from "@/lib/db/server/prisma";
import type { Area } from "@/lib/geo/geojson";
import { inForceArea } from "@/lib/geo/force-area";

/**
 * The offence form's location must lie in the force area (the NPU boundaries as loaded): a point
 * outside it could never be placed and is almost always a typing slip, often latitude and
 * longitude the wrong way round. With no boundaries loaded only the form's WGS84 ranges apply.
 */
export async function refusePointOutsideForceArea(
  tx: Pick<Tx, "npu">,
  point: { latitude: number | null; longitude: number | null },
): Promise<void> {
  const { latitude, longitude } = point;
  if (latitude === null || longitude === null) return;
  const npus = await tx.npu.findMany({ select: { boundary: true } });
  const boundaries = npus.flatMap((n) => (n.boundary ? [n.boundary as unknown as Area] : []));
  if (inForceArea(boundaries, latitude, longitude)) return;
  const swapped = Math.abs(longitude) <= 90 && inForceArea(boundaries, longitude, latitude);
  throw new AppError("VALIDATION", {
    fieldErrors: {
      latitude: [
        swapped
          ? "The latitude and longitude are the wrong way round: latitude comes first (north to south)"
          : "The location is outside the force area: check the latitude and longitude",
      ],
    },
  });
}
