import "server-only";
import { AppError } from "@/lib/errors";
import { getPrisma } from "@/lib/db/server/prisma";
import { PLAN_OWNER_ROLES } from "@/lib/groups/server/list-plan-owners";

/** The owner id if it names an enabled police user (the form's list), else a field error. */
export async function checkPlanOwner(ownerId: string): Promise<number> {
  const owner = await getPrisma().user.findFirst({
    where: { id: Number(ownerId), role: { in: [...PLAN_OWNER_ROLES] }, disabledAt: null },
    select: { id: true },
  });
  if (!owner)
    throw new AppError("VALIDATION", { fieldErrors: { ownerId: ["Select an owner from the list"] } });
  return owner.id;
}
