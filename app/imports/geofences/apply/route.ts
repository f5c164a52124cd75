import type { NextRequest } from "next/server";
import { applyGeofenceImport } from "@/lib/geo/server/import-geofences";
import { applyCheckedUpload } from "@/app/imports/apply-checked-upload";

// Imports a checked GeoJSON upload (issue 17): re-checked in the transaction, all or nothing.

export const dynamic = "force-dynamic";

const page = (id: number) => `/imports/geofences?check=${id}`;

export async function POST(request: NextRequest): Promise<Response> {
  return applyCheckedUpload(
    request,
    "id",
    async (actor, id) => {
      const report = await applyGeofenceImport({ actor, id });
      return `${page(id)}&${report.problems.length ? "refused" : "done"}=1`;
    },
    page,
  );
}
