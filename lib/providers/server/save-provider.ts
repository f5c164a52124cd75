import "server-only";
import { AppError } from "@/lib/errors";
import type { ActorInput } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { writeAuditBy } from "@/lib/audit/server/write-audit";
import { getPrisma } from "@/lib/db/server/prisma";
import { claimVersion, versionedTransaction } from "@/lib/db/server/versioned-transaction";
import type { ProviderFormOutput } from "@/lib/providers/schemas";
import { conflictFieldErrors } from "@/lib/actions/conflict";
import { lastSavedBy } from "@/lib/audit/server/last-saved-by";

const NAME_TAKEN = { name: ["Another provider already has this name"] };

/**
 * Creates a provider (no `id`) or saves one `where id and version`. Deactivating is saving with
 * `active: false`: the provider stays in the directory and on its referrals, but no new referral
 * can be made to it. Each write carries its audit row in the same transaction.
 */
export async function saveProvider({
  actor,
  input,
}: ActorInput<ProviderFormOutput & { id?: number; version?: number }>): Promise<{
  id: number;
  version: number;
}> {
  const { id, version, ...fields } = input;
  await requirePermission(actor, "reference.manage", { entity: id ? { type: "provider", id } : undefined });
  const prisma = getPrisma();
  const clash = await prisma.provider.findFirst({
    where: { name: { equals: fields.name, mode: "insensitive" }, ...(id ? { NOT: { id } } : {}) },
    select: { id: true },
  });
  if (clash) throw new AppError("VALIDATION", { fieldErrors: NAME_TAKEN });

  if (!id) {
    return prisma.$transaction(async (tx) => {
      const created = await tx.provider.create({ data: fields, select: { id: true, version: true } });
      await writeAuditBy(tx, actor, {
        event: "provider.created",
        entity: { type: "provider", id: created.id },
        after: fields,
      });
      return created;
    });
  }

  const current = await prisma.provider.findUnique({ where: { id } });
  if (!current) throw new AppError("NOT_FOUND");
  if (current.version !== version) throw await stale(id, fields);
  return versionedTransaction(
    async (tx) => {
      const written = await tx.provider.updateMany({
        where: { id, version },
        data: { ...fields, version: { increment: 1 } },
      });
      claimVersion(written);
      const { id: _id, version: _v, ...before } = current;
      await writeAuditBy(tx, actor, {
        event: "provider.updated",
        entity: { type: "provider", id },
        before,
        after: fields,
      });
      return { id, version: version! + 1 };
    },
    () => stale(id, fields),
  );
}

/** CONFLICT with the saved details beside what this editor typed, field by field. */
async function stale(id: number, mine: ProviderFormOutput): Promise<AppError> {
  const prisma = getPrisma();
  const saved = await prisma.provider.findUniqueOrThrow({ where: { id } });
  const yesNo = (v: boolean) => (v ? "Yes" : "No");
  const fieldErrors = conflictFieldErrors(
    "provider",
    {
      name: { label: "Name", mine: mine.name, saved: saved.name },
      type: { label: "Type of provider", mine: mine.type, saved: saved.type },
      pathways: { label: "Pathways", mine: mine.pathways.join(", "), saved: saved.pathways.join(", ") },
      areaCovered: { label: "Area covered", mine: mine.areaCovered, saved: saved.areaCovered },
      contactRoute: { label: "Contact route", mine: mine.contactRoute, saved: saved.contactRoute },
      active: { label: "Takes referrals", mine: yesNo(mine.active), saved: yesNo(saved.active) },
    },
    await lastSavedBy(prisma, "provider", id),
  );
  return new AppError("CONFLICT", { fieldErrors });
}
