import "server-only";
import type { ActorInput } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { writeAuditBy } from "@/lib/audit/server/write-audit";
import { getPrisma } from "@/lib/db/server/prisma";
import { dbDateOf, dayOfDbDate, formatDay } from "@/lib/dates/day";
import { AppError } from "@/lib/errors";
import type { HarmWeightInput } from "@/lib/hotspots/schemas";

/**
 * A new harm weight for a code from a date (issue 17): a new dated row, never an edit, with the
 * weight it replaces in the audit row. Offences that occurred before the date keep the old weight.
 */
export async function changeHarmWeight({
  actor,
  input,
}: ActorInput<HarmWeightInput>): Promise<{ id: number }> {
  await requirePermission(actor, "harm-weights.manage");
  return getPrisma().$transaction(async (tx) => {
    const code = await tx.offenceCode.findUnique({
      where: { code: input.offenceCode },
      select: { code: true },
    });
    if (!code) throw new AppError("VALIDATION", { fieldErrors: { offenceCode: ["Select an offence code"] } });
    const from = dbDateOf(input.effectiveFrom);
    // History is never rewritten: a new weight starts after the code's latest one, so the weights
    // every earlier figure was computed with stay as they were.
    const previous = await tx.harmWeight.findFirst({
      where: { offenceCode: input.offenceCode },
      orderBy: { effectiveFrom: "desc" },
    });
    if (previous && previous.effectiveFrom.getTime() >= from.getTime())
      throw new AppError("VALIDATION", {
        fieldErrors: {
          effectiveFrom: [
            `The weight for ${input.offenceCode} already changed on ${formatDay(dayOfDbDate(previous.effectiveFrom))}: choose a later date`,
          ],
        },
      });
    const row = await tx.harmWeight.create({
      data: {
        offenceCode: input.offenceCode,
        weight: input.weight,
        effectiveFrom: from,
        source: input.source,
        createdById: actor.id,
      },
      select: { id: true },
    });
    await writeAuditBy(tx, actor, {
      event: "harm-weights.changed",
      entity: { type: "harm-weight", id: row.id },
      before: previous
        ? {
            weight: previous.weight,
            effectiveFrom: dayOfDbDate(previous.effectiveFrom),
            source: previous.source,
          }
        : {},
      after: {
        offenceCode: input.offenceCode,
        weight: input.weight,
        effectiveFrom: input.effectiveFrom,
        source: input.source,
        reason: input.reason,
      },
    });
    return row;
  });
}
