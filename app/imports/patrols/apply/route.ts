import type { NextRequest } from "next/server";
import { applyPatrolImport } from "@/lib/patrols/server/apply-patrol-import";
import { applyCheckedUpload } from "@/app/imports/apply-checked-upload";

// Imports a checked geofencing extract (issue 17): re-checked in the transaction, all or nothing.
// The page shows the run's outcome, whether it imported or was refused.

export const dynamic = "force-dynamic";

const page = (id: number) => `/imports/patrols?run=${id}`;

export async function POST(request: NextRequest): Promise<Response> {
  return applyCheckedUpload(
    request,
    "run",
    async (actor, runId) => {
      await applyPatrolImport({ actor, runId });
      return page(runId);
    },
    page,
  );
}
