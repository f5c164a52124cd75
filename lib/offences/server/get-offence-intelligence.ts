import "server-only";
import { AppError } from "@/lib/errors";
import { can } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { recordConsultation } from "@/lib/audit/server/record-consultation";
import { getPrisma } from "@/lib/db/server/prisma";

/** A P-coded item, or a C-coded one for an actor allowed restricted intelligence. */
export type VisibleIntelligence = {
  restricted: false;
  id: number;
  reference: string;
  receivedOn: Date;
  /** 3x5x2 grading as the forum reads it: "2 B P". */
  grading: string;
  handlingCode: "P" | "C";
  handlingConditions: string | null;
  text: string;
  submittedBy: string;
};
/** A C-coded item for anyone else: that it exists and whom to ask, nothing of its content. */
export type RestrictedIntelligence = { restricted: true; id: number; receivedOn: Date; submittedBy: string };
export type OffenceIntelligenceEntry = VisibleIntelligence | RestrictedIntelligence;

/**
 * Intelligence linked to an offence, newest first. C-coded text, grading and conditions are never
 * loaded for an actor without intel.restricted.read, so they cannot leak into the page. Logs the
 * consultation.
 */
export async function getOffenceIntelligence({ actor, offenceId }: { actor: Actor; offenceId: number }): Promise<OffenceIntelligenceEntry[]> {
  const entity = { type: "offence", id: offenceId };
  await requirePermission(actor, "offences.read", { entity });
  await requirePermission(actor, "intel.read", { entity });
  const prisma = getPrisma();
  const offence = await prisma.offence.findUnique({ where: { id: offenceId }, select: { id: true } });
  if (!offence) throw new AppError("NOT_FOUND");
  await recordConsultation({ actor, event: "offence.viewed", entity, justification: "Opened the offence record: intelligence" });

  const where = { offences: { some: { offenceId, removedAt: null } }, withdrawnAt: null };
  const order = [{ receivedOn: "desc" as const }, { id: "desc" as const }];
  const submitter = { select: { name: true } };
  if (can(actor, "intel.restricted.read")) {
    const items = await prisma.intelligenceItem.findMany({ where, orderBy: order, include: { submittedBy: submitter } });
    return items.map((item) => visible(item));
  }
  const [open, restricted] = await Promise.all([
    prisma.intelligenceItem.findMany({ where: { ...where, handlingCode: "P" }, orderBy: order, include: { submittedBy: submitter } }),
    prisma.intelligenceItem.findMany({
      where: { ...where, handlingCode: "C" },
      orderBy: order,
      select: { id: true, receivedOn: true, submittedBy: submitter },
    }),
  ]);
  const hidden: RestrictedIntelligence[] = restricted.map((r) => ({ restricted: true, id: r.id, receivedOn: r.receivedOn, submittedBy: r.submittedBy.name }));
  return [...open.map((item) => visible(item)), ...hidden].sort((a, b) => b.receivedOn.getTime() - a.receivedOn.getTime() || b.id - a.id);
}

function visible(item: {
  id: number;
  reference: string;
  receivedOn: Date;
  sourceEvaluation: "S1" | "S2" | "S3";
  assessment: string;
  handlingCode: "P" | "C";
  handlingConditions: string | null;
  text: string;
  submittedBy: { name: string };
}): VisibleIntelligence {
  return {
    restricted: false,
    id: item.id,
    reference: item.reference,
    receivedOn: item.receivedOn,
    grading: `${item.sourceEvaluation.slice(1)} ${item.assessment} ${item.handlingCode}`,
    handlingCode: item.handlingCode,
    handlingConditions: item.handlingConditions,
    text: item.text,
    submittedBy: item.submittedBy.name,
  };
}
