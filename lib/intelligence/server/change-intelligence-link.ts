import "server-only";
import { AppError } from "@/lib/errors";
import type { ActorInput } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { writeAuditBy } from "@/lib/audit/server/write-audit";
import { getPrisma, type Tx } from "@/lib/db/server/prisma";
import type { ChangeIntelligenceLinkInput } from "@/lib/intelligence/schemas";

/**
 * An analyst links an item to a person, offence or group, or removes that link (intel.write).
 * Nothing is deleted: a removed link is marked removed and can be restored by linking again. The
 * COMBINATION audit row is written in the same transaction; a link that is already as asked changes
 * nothing and writes nothing.
 */
export async function changeIntelligenceLink({
  actor,
  input,
}: ActorInput<ChangeIntelligenceLinkInput>): Promise<{ changed: boolean }> {
  const entity = { type: "intelligence", id: input.itemId };
  await requirePermission(actor, "intel.write", { entity });
  if (input.kind === "group") await requirePermission(actor, "groups.read", { entity });

  return getPrisma().$transaction(async (tx) => {
    const item = await tx.intelligenceItem.findUnique({
      where: { id: input.itemId },
      select: { withdrawnAt: true },
    });
    if (!item || item.withdrawnAt) throw new AppError("NOT_FOUND");
    if (input.linked) await checkTarget(tx, input);
    const current = await readLink(tx, input);
    const isLinked = current !== null && current.removedAt === null;
    if (isLinked === input.linked) return { changed: false };
    await writeLink(tx, input, current !== null);
    await writeAuditBy(tx, actor, {
      event: "intel.linked",
      entity,
      detail: { kind: input.kind, targetId: input.targetId, change: input.linked ? "linked" : "unlinked" },
    });
    return { changed: true };
  });
}

async function checkTarget(tx: Tx, input: ChangeIntelligenceLinkInput) {
  const found =
    input.kind === "person"
      ? await tx.person.count({ where: { id: input.targetId, mergedIntoId: null } })
      : input.kind === "offence"
        ? await tx.offence.count({ where: { id: input.targetId } })
        : await tx.group.count({ where: { id: input.targetId } });
  if (found === 0) throw new AppError("NOT_FOUND");
}

async function readLink(tx: Tx, { kind, itemId, targetId }: ChangeIntelligenceLinkInput) {
  const select = { removedAt: true } as const;
  if (kind === "person")
    return tx.intelligencePerson.findUnique({
      where: { itemId_personId: { itemId, personId: targetId } },
      select,
    });
  if (kind === "offence")
    return tx.intelligenceOffence.findUnique({
      where: { itemId_offenceId: { itemId, offenceId: targetId } },
      select,
    });
  return tx.intelligenceGroup.findUnique({
    where: { itemId_groupId: { itemId, groupId: targetId } },
    select,
  });
}

async function writeLink(
  tx: Tx,
  { kind, itemId, targetId, linked }: ChangeIntelligenceLinkInput,
  exists: boolean,
) {
  const data = { removedAt: linked ? null : new Date(), ...(linked ? { linkedAt: new Date() } : {}) };
  if (kind === "person") {
    const key = { itemId_personId: { itemId, personId: targetId } };
    if (exists) await tx.intelligencePerson.update({ where: key, data });
    else await tx.intelligencePerson.create({ data: { itemId, personId: targetId } });
  } else if (kind === "offence") {
    const key = { itemId_offenceId: { itemId, offenceId: targetId } };
    if (exists) await tx.intelligenceOffence.update({ where: key, data });
    else await tx.intelligenceOffence.create({ data: { itemId, offenceId: targetId } });
  } else {
    const key = { itemId_groupId: { itemId, groupId: targetId } };
    if (exists) await tx.intelligenceGroup.update({ where: key, data });
    else await tx.intelligenceGroup.create({ data: { itemId, groupId: targetId } });
  }
}
