import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { AppError } from "@/lib/errors";
import { MAX_PATROL_FILE_BYTES } from "@/lib/patrols/check-patrol-file";
import { createPatrolRun } from "@/lib/patrols/server/create-patrol-run";

/** An analyst's upload of the geofencing extract: kept and checked, nothing imported yet. */
export async function uploadPatrolImport({ actor, file }: { actor: Actor; file: File }): Promise<number> {
  await requirePermission(actor, "patrols.record", { entity: { type: "import-run", id: "new" } });
  if (file.size === 0) throw new AppError("VALIDATION", { fieldErrors: { patrols: ["empty"] } });
  if (file.size > MAX_PATROL_FILE_BYTES)
    throw new AppError("VALIDATION", { fieldErrors: { patrols: ["too-large"] } });
  const { runId } = await createPatrolRun({
    startedById: actor.id,
    fileName: file.name,
    bytes: new Uint8Array(await file.arrayBuffer()),
  });
  return runId;
}
