import "server-only";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import type { AuditEntity } from "@/lib/audit/events";
import { writeAuditBy } from "@/lib/audit/server/write-audit";
import { getPrisma } from "@/lib/db/server/prisma";
import { gradingProblems } from "@/lib/intelligence/rules";

/**
 * The data functions' own check of a grading (3x5x2; a C code needs conditions), for input that
 * reached them without the schema. A refusal is audited and changes nothing.
 */
export async function refuseInvalidGrading(
  actor: Actor,
  grading: Parameters<typeof gradingProblems>[0],
  context: { action: string; entity?: AuditEntity },
): Promise<void> {
  const problems = gradingProblems(grading);
  if (Object.keys(problems).length === 0) return;
  await writeAuditBy(getPrisma(), actor, {
    event: "access.refused",
    entity: context.entity,
    detail: { action: context.action, reason: "invalid-grading", fields: Object.keys(problems) },
  });
  throw new AppError("VALIDATION", {
    fieldErrors: Object.fromEntries(Object.entries(problems).map(([k, v]) => [k, [v]])),
  });
}
