import "server-only";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { auditActorOf } from "@/lib/audit/events";
import { writeAudit } from "@/lib/audit/server/write-audit";
import { getPrisma } from "@/lib/db/server/prisma";
import type { ProviderFormOutput } from "@/lib/providers/schemas";

// Thrown inside the transaction so it rolls back; answered as CONFLICT outside it.
class StaleVersion extends Error {}

const NAME_TAKEN = { name: ["Another provider already has this name"] };

/**
 * Creates a provider (no `id`) or saves one `where id and version`. Deactivating is saving with
 * `active: false`: the provider stays in the directory and on its referrals, but no new referral
 * can be made to it. Each write carries its audit row in the same transaction.
 */
export async function saveProvider({
  actor,
  input,
}: {
  actor: Actor;
  input: ProviderFormOutput & { id?: number; version?: number };
}): Promise<{ id: number; version: number }> {
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
      await writeAudit(tx, { event: "provider.created", actor: auditActorOf(actor), entity: { type: "provider", id: created.id }, after: fields });
      return created;
    });
  }

  const current = await prisma.provider.findUnique({ where: { id } });
  if (!current) throw new AppError("NOT_FOUND");
  if (current.version !== version) throw stale();
  try {
    return await prisma.$transaction(async (tx) => {
      const written = await tx.provider.updateMany({ where: { id, version }, data: { ...fields, version: { increment: 1 } } });
      if (written.count === 0) throw new StaleVersion();
      const { id: _id, version: _v, ...before } = current;
      await writeAudit(tx, { event: "provider.updated", actor: auditActorOf(actor), entity: { type: "provider", id }, before, after: fields });
      return { id, version: version! + 1 };
    });
  } catch (error) {
    if (error instanceof StaleVersion) throw stale();
    throw error;
  }
}

function stale(): AppError {
  return new AppError("CONFLICT", {
    fieldErrors: { _form: ["Someone else saved this provider while you were editing it. Your changes are still in the form: reload the page to see theirs, then save again."] },
  });
}
