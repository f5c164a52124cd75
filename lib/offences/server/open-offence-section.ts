import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { OffenceOptions } from "@/lib/offences/offence-options";
import { AppError } from "@/lib/errors";
import type { Permission } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { recordConsultation } from "@/lib/audit/server/record-consultation";
import { getPrisma } from "@/lib/db/server/prisma";

/**
 * The start of every offence record section that reads other tables: the permissions (each
 * refusal audited), NOT_FOUND for an offence that does not exist, and the s.62 consultation row
 * naming the section. A section shown from the offence's own row (people, timeline) passes its
 * `select` and gets the row; the consultation is logged only once the row is read.
 */
export async function openOffenceSection<S extends Prisma.OffenceSelect = { id: true }>({
  actor,
  offenceId,
  section,
  permissions = ["offences.read"],
  select,
}: OffenceOptions & {
  section: string;
  permissions?: Permission[];
  select?: S;
}): Promise<Prisma.OffenceGetPayload<{ select: S }>> {
  const entity = { type: "offence", id: offenceId };
  for (const permission of permissions) await requirePermission(actor, permission, { entity });
  const offence = await getPrisma().offence.findUnique({
    where: { id: offenceId },
    select: select ?? ({ id: true } as S),
  });
  if (!offence) throw new AppError("NOT_FOUND");
  await recordConsultation({
    actor,
    event: "offence.viewed",
    entity,
    justification: `Opened the offence record: ${section}`,
  });
  return offence;
}
