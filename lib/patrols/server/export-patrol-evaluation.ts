import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { writeCsvDisclosure } from "@/lib/audit/server/export-disclosure";
import { fieldErrorsFromZod } from "@/lib/actions/action-result";
import { todayInUk } from "@/lib/dates/day";
import { AppError } from "@/lib/errors";
import { exportJustificationSchema, type ExportJustification } from "@/lib/offences/schemas";
import { patrolEvaluationCsv } from "@/lib/patrols/evaluation-csv";
import type { TacticalPeriod } from "@/lib/patrols/periods";
import { getPatrolEvaluation } from "@/lib/patrols/server/get-patrol-evaluation";
import { withExportSlot } from "@/lib/security/server/export-slots";

/** The evaluation as CSV, audited as a DPA s.62 disclosure with the reason and recipients given. */
export async function exportPatrolEvaluation({
  actor,
  periods,
  justification,
}: {
  actor: Actor;
  periods?: TacticalPeriod[];
  justification: ExportJustification;
}): Promise<{ filename: string; csv: string }> {
  await requirePermission(actor, "patrols.read", { entity: { type: "patrol-evaluation", id: "csv" } });
  await requirePermission(actor, "figures.export", { entity: { type: "patrol-evaluation", id: "csv" } });
  const given = exportJustificationSchema.safeParse(justification);
  if (!given.success) throw new AppError("VALIDATION", { fieldErrors: fieldErrorsFromZod(given.error) });
  return withExportSlot(actor.id, async () => {
    const evaluation = await getPatrolEvaluation({ actor, periods });
    await writeCsvDisclosure({
      actor,
      entity: { type: "patrol-evaluation", id: "csv" },
      given: given.data,
      detail: {
        periods: evaluation.map((p) => p.number),
        rows: evaluation.reduce((n, p) => n + p.rows.length, 0),
      },
    });
    return { filename: `patrol-evaluation-${todayInUk()}.csv`, csv: patrolEvaluationCsv(evaluation) };
  });
}
