import type { IntelligenceItem, Prisma } from "@/lib/generated/prisma/client";
import { HANDLING_CONDITIONS } from "@/prisma/factories/build-intelligence";
import { nextTestReference, type Db } from "@/prisma/factories/create-reference-data";

export type CreateIntelligenceInput = Partial<Prisma.IntelligenceItemUncheckedCreateInput> & {
  submittedById: number;
  personIds?: number[];
  offenceIds?: number[];
  groupIds?: number[];
};

/**
 * An intelligence item with its first grading row (2/B/P unless told; a C-coded item gets
 * handling conditions), linked to the given people, offences and groups.
 */
export async function createIntelligenceItem(
  db: Db,
  input: CreateIntelligenceInput,
): Promise<IntelligenceItem> {
  const { personIds = [], offenceIds = [], groupIds = [], ...fields } = input;
  const handlingCode = fields.handlingCode ?? "P";
  const item = await db.intelligenceItem.create({
    data: {
      reference: nextTestReference("CG-TEST-INT"),
      sourceEvaluation: "S2",
      assessment: "B",
      handlingCode,
      handlingConditions: handlingCode === "C" ? HANDLING_CONDITIONS[0] : null,
      receivedOn: new Date("2026-11-01T00:00:00.000Z"),
      text: "Synthetic test intelligence: subject said to carry a bladed article.",
      ...fields,
      persons: { create: personIds.map((personId) => ({ personId })) },
      offences: { create: offenceIds.map((offenceId) => ({ offenceId })) },
      groups: { create: groupIds.map((groupId) => ({ groupId })) },
    },
  });
  await db.intelligenceGrading.create({
    data: {
      itemId: item.id,
      sourceEvaluation: item.sourceEvaluation,
      assessment: item.assessment,
      handlingCode: item.handlingCode,
      handlingConditions: item.handlingConditions,
      reason: "Initial grading",
      gradedById: item.submittedById,
    },
  });
  return item;
}
