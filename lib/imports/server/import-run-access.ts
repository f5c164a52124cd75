import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/server/require-permission";

/** The options every read or step of one import run starts from: who asks, and which run. */
export type ImportRunOptions = { actor: Actor; runId: number };

/** An import run as an audit row and a permission check name it. */
export const importRunEntity = (runId: number) => ({ type: "import-run", id: runId });

/** Running imports (imports.run), checked against the run: every page and step of a run needs it. */
export async function requireImportRun(actor: Actor, runId: number): Promise<void> {
  await requirePermission(actor, "imports.run", { entity: importRunEntity(runId) });
}
