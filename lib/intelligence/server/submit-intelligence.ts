import "server-only";
import { AppError } from "@/lib/errors";
import type { ActorInput } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { writeAuditBy } from "@/lib/audit/server/write-audit";
import { getPrisma, type Tx } from "@/lib/db/server/prisma";
import { Prisma } from "@/lib/generated/prisma/client";
import { conditionsFor } from "@/lib/intelligence/rules";
import type { SubmitIntelligenceInput } from "@/lib/intelligence/schemas";
import { refuseInvalidGrading } from "@/lib/intelligence/server/refuse-invalid-grading";
import { dbDateOf, todayInUk } from "@/lib/dates/day";

/**
 * Records a new intelligence item (investigators and analysts: intel.submit) with its first grading
 * in the history and its links, and the COLLECTION audit row, in one transaction. The grading is
 * checked again here (3x5x2; a C code needs conditions): a refusal is audited and writes nothing.
 * Linking groups needs groups.read (investigators cannot see groups).
 */
export async function submitIntelligence({
  actor,
  input,
}: ActorInput<SubmitIntelligenceInput>): Promise<{ id: number; reference: string }> {
  await requirePermission(actor, "intel.submit", { entity: { type: "intelligence", id: "new" } });
  await refuseInvalidGrading(actor, input, { action: "intelligence.submit" });
  if (!input.receivedOn)
    throw new AppError("VALIDATION", {
      fieldErrors: { receivedOn: ["Enter the date the intelligence was received"] },
    });
  if (input.receivedOn > todayInUk()) {
    throw new AppError("VALIDATION", {
      fieldErrors: { receivedOn: ["Date the intelligence was received must be today or in the past"] },
    });
  }
  if (input.groupIds.length > 0)
    await requirePermission(actor, "groups.read", { detail: { action: "intelligence.submit" } });
  const receivedOn = dbDateOf(input.receivedOn);
  const handlingConditions = conditionsFor(input.handlingCode, input.handlingConditions);
  const personIds = [...new Set(input.personIds)];
  const offenceIds = [...new Set(input.offenceIds)];
  const groupIds = [...new Set(input.groupIds)];

  const prisma = getPrisma();
  for (let attempt = 1; ; attempt++) {
    try {
      return await prisma.$transaction(async (tx) => {
        await checkTargets(tx, personIds, offenceIds, groupIds);
        const reference = await nextReference(tx, input.receivedOn!.slice(0, 4));
        const item = await tx.intelligenceItem.create({
          data: {
            reference,
            sourceEvaluation: input.sourceEvaluation,
            assessment: input.assessment,
            handlingCode: input.handlingCode,
            handlingConditions,
            receivedOn,
            text: input.text,
            locationText: input.locationText || null,
            submittedById: actor.id,
            reviewOn: new Date(
              Date.UTC(receivedOn.getUTCFullYear() + 1, receivedOn.getUTCMonth(), receivedOn.getUTCDate()),
            ),
            gradings: {
              create: {
                sourceEvaluation: input.sourceEvaluation,
                assessment: input.assessment,
                handlingCode: input.handlingCode,
                handlingConditions,
                reason: "Initial grading",
                gradedById: actor.id,
              },
            },
            persons: { create: personIds.map((personId) => ({ personId })) },
            offences: { create: offenceIds.map((offenceId) => ({ offenceId })) },
            groups: { create: groupIds.map((groupId) => ({ groupId })) },
          },
          select: { id: true, reference: true },
        });
        // The text itself stays out of the audit log: the row says what was collected, not what it says.
        await writeAuditBy(tx, actor, {
          event: "intel.submitted",
          entity: { type: "intelligence", id: item.id },
          after: {
            reference,
            sourceEvaluation: input.sourceEvaluation,
            assessment: input.assessment,
            handlingCode: input.handlingCode,
            handlingConditions,
            receivedOn: input.receivedOn,
            personIds,
            offenceIds,
            groupIds,
          },
        });
        return item;
      });
    } catch (error) {
      // Two submissions in the same moment can draw the same reference: try once more.
      if (attempt < 3 && error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
        continue;
      throw error;
    }
  }
}

async function checkTargets(tx: Tx, personIds: number[], offenceIds: number[], groupIds: number[]) {
  const [persons, offences, groups] = await Promise.all([
    tx.person.count({ where: { id: { in: personIds }, mergedIntoId: null } }),
    tx.offence.count({ where: { id: { in: offenceIds } } }),
    tx.group.count({ where: { id: { in: groupIds } } }),
  ]);
  const fieldErrors: Record<string, string[]> = {};
  if (persons !== personIds.length)
    fieldErrors.personIds = ["A person to link no longer exists or was merged: search again"];
  if (offences !== offenceIds.length)
    fieldErrors.offenceIds = ["An offence to link could not be found: search again"];
  if (groups !== groupIds.length) fieldErrors.groupIds = ["A group to link could not be found"];
  if (Object.keys(fieldErrors).length > 0) throw new AppError("VALIDATION", { fieldErrors });
}

/** CG-INT-2026-00042: the year received and a sequence within it. */
async function nextReference(tx: Tx, year: string): Promise<string> {
  const prefix = `CG-INT-${year}-`;
  const last = await tx.intelligenceItem.findFirst({
    where: { reference: { startsWith: prefix } },
    orderBy: { reference: "desc" },
    select: { reference: true },
  });
  const seq = last ? Number(last.reference.slice(prefix.length)) + 1 : 1;
  return `${prefix}${String(seq).padStart(5, "0")}`;
}
