import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { auditActorOf } from "@/lib/audit/events";
import { writePatrolImport } from "@/lib/patrols/server/write-patrol-import";

/** The analyst's "Import" after the dry run: re-checked and written all or nothing. */
export async function applyPatrolImport({
  actor,
  runId,
}: {
  actor: Actor;
  runId: number;
}): Promise<{ written: boolean }> {
  await requirePermission(actor, "patrols.record", { entity: { type: "import-run", id: runId } });
  const { written } = await writePatrolImport({ runId, actor: auditActorOf(actor) });
  return { written };
}
