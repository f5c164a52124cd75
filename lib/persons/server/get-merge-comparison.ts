import "server-only";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { recordConsultation } from "@/lib/audit/server/record-consultation";
import { getPrisma } from "@/lib/db/server/prisma";
import type { MergeSide } from "@/lib/persons/types";

const MERGE_JUSTIFICATION = "Comparing possible duplicate records to merge them";

/**
 * The two records side by side for the merge screen (analyst, persons.write). Opening them is a
 * consultation of both, logged with the purpose as its justification: the merge screen is reached
 * only to resolve a duplicate.
 */
export async function getMergeComparison({
  actor,
  a,
  b,
}: {
  actor: Actor;
  a: number;
  b: number;
}): Promise<{ a: MergeSide; b: MergeSide }> {
  await requirePermission(actor, "persons.write");
  if (a === b) throw new AppError("NOT_FOUND");
  const rows = await getPrisma().person.findMany({
    where: { id: { in: [a, b] } },
    select: {
      id: true,
      version: true,
      surname: true,
      forenames: true,
      dateOfBirth: true,
      gender: true,
      vulnerable: true,
      mergedIntoId: true,
      npu: { select: { name: true } },
      _count: { select: { offences: { where: { removedAt: null } } } },
    },
  });
  const side = (id: number): MergeSide => {
    const p = rows.find((r) => r.id === id);
    if (!p) throw new AppError("NOT_FOUND");
    const { npu, _count, ...rest } = p;
    return { ...rest, npu: npu?.name ?? null, offenceCount: _count.offences };
  };
  const result = { a: side(a), b: side(b) };
  for (const id of [a, b]) {
    await recordConsultation({
      actor,
      event: "person.viewed",
      entity: { type: "person", id },
      justification: MERGE_JUSTIFICATION,
    });
  }
  return result;
}
