import "server-only";
import type { ActorInputAt } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { requireOn } from "@/lib/auth/server/require-permission";
import { refuseAccess } from "@/lib/auth/server/refuse-access";
import { writeAuditBy } from "@/lib/audit/server/write-audit";
import { getPrisma } from "@/lib/db/server/prisma";
import { claimVersion, versionedTransaction } from "@/lib/db/server/versioned-transaction";
import { todayInUk } from "@/lib/dates/day";
import { formatDateTime } from "@/lib/dates/format";
import { investigationChangeErrors } from "@/lib/investigations/rules";
import {
  conflictFieldErrors,
  conflictSummary,
  type ComparableInvestigation,
} from "@/lib/investigations/conflict";
import type { UpdateInvestigationInput } from "@/lib/investigations/schemas";

type Saved = { id: number; offenceId: number; version: number; offenceVersion: number };

/**
 * The officer in charge saves their investigation: status, outcome, dates, flag, and the offence's
 * "knife recovered". Both rows are written `where id and version` in one transaction with their
 * audit rows; a stale version is a CONFLICT listing what changed, and nothing is written.
 */
export async function updateInvestigation({
  actor,
  input,
  now = new Date(),
}: ActorInputAt<UpdateInvestigationInput>): Promise<Saved> {
  const { entity, prisma } = await requireOn(actor, "investigations.update.own", "investigation", input.id);
  const current = await prisma.investigation.findUnique({
    where: { id: input.id },
    include: { offence: { select: { id: true, version: true, occurredOn: true, knifeRecovered: true } } },
  });
  if (!current) throw new AppError("NOT_FOUND");
  // The row rule: investigators see every case, so "not yours" is FORBIDDEN, not NOT_FOUND.
  if (current.oicId !== actor.id) {
    return refuseAccess({ actor, entity, reason: "not the officer in charge" });
  }

  const knifeChanged = current.offence.knifeRecovered !== input.knifeRecovered;
  const stale =
    current.version !== input.version || (knifeChanged && current.offence.version !== input.offenceVersion);
  if (stale) return conflict(input);

  const errors = investigationChangeErrors(input, {
    currentStatus: current.status,
    currentNextReviewOn: current.nextReviewOn,
    occurredOn: current.offence.occurredOn,
    today: todayInUk(now),
  });
  if (Object.keys(errors).length > 0) {
    throw new AppError("VALIDATION", {
      fieldErrors: Object.fromEntries(Object.entries(errors).map(([k, m]) => [k, [m]])),
    });
  }

  const keepFlag = input.flagged && current.flaggedForScrutiny;
  const before = {
    status: current.status,
    outcomeCode: current.outcomeCode,
    outcomeOn: current.outcomeOn,
    chargedOn: current.chargedOn,
    nextReviewOn: current.nextReviewOn,
    flaggedForScrutiny: current.flaggedForScrutiny,
    scrutinyReason: current.scrutinyReason,
  };
  const after = {
    status: input.status,
    outcomeCode: input.outcomeCode,
    outcomeOn: input.outcomeOn,
    chargedOn: input.chargedOn,
    nextReviewOn: input.nextReviewOn,
    flaggedForScrutiny: input.flagged,
    scrutinyReason: input.flagged ? input.scrutinyReason : null,
  };

  return versionedTransaction(
    async (tx) => {
      const written = await tx.investigation.updateMany({
        where: { id: current.id, version: input.version },
        data: {
          ...after,
          flaggedById: input.flagged ? (keepFlag ? current.flaggedById : actor.id) : null,
          flaggedAt: input.flagged ? (keepFlag ? current.flaggedAt : now) : null,
          version: { increment: 1 },
        },
      });
      claimVersion(written);
      await writeAuditBy(tx, actor, {
        event: "investigation.updated",
        entity,
        before,
        after,
      });

      let offenceVersion = current.offence.version;
      if (knifeChanged) {
        const offence = await tx.offence.updateMany({
          where: { id: current.offence.id, version: input.offenceVersion },
          data: { knifeRecovered: input.knifeRecovered, version: { increment: 1 } },
        });
        claimVersion(offence);
        offenceVersion += 1;
        await writeAuditBy(tx, actor, {
          event: "offence.updated",
          entity: { type: "offence", id: current.offence.id },
          before: { knifeRecovered: current.offence.knifeRecovered },
          after: { knifeRecovered: input.knifeRecovered },
          detail: { via: "investigation", investigationId: current.id },
        });
      }
      return { id: current.id, offenceId: current.offence.id, version: input.version + 1, offenceVersion };
    },
    () => conflict(input),
  );
}

/** CONFLICT with, per field, the editor's value against the saved one, and who saved it when. */
async function conflict(input: UpdateInvestigationInput): Promise<never> {
  const prisma = getPrisma();
  const saved = await prisma.investigation.findUniqueOrThrow({
    where: { id: input.id },
    include: { offence: { select: { id: true, knifeRecovered: true } } },
  });
  const lastChange = await prisma.auditEvent.findFirst({
    where: {
      category: "ALTERATION",
      OR: [
        { entityType: "investigation", entityId: String(saved.id) },
        { entityType: "offence", entityId: String(saved.offence.id) },
      ],
    },
    orderBy: { id: "desc" },
    select: { actorLabel: true, occurredAt: true },
  });
  const pick = (v: ComparableInvestigation): ComparableInvestigation => ({
    status: v.status,
    outcomeCode: v.outcomeCode,
    outcomeOn: v.outcomeOn,
    chargedOn: v.chargedOn,
    nextReviewOn: v.nextReviewOn,
    knifeRecovered: v.knifeRecovered,
    flagged: v.flagged,
    scrutinyReason: v.scrutinyReason,
  });
  const fieldErrors = conflictFieldErrors(
    pick({ ...input, scrutinyReason: input.flagged ? input.scrutinyReason : null }),
    pick({ ...saved, knifeRecovered: saved.offence.knifeRecovered, flagged: saved.flaggedForScrutiny }),
  );
  const savedBy = lastChange
    ? { label: lastChange.actorLabel, at: formatDateTime(lastChange.occurredAt) }
    : null;
  throw new AppError("CONFLICT", {
    fieldErrors: { _form: [conflictSummary(savedBy, Object.keys(fieldErrors).length)], ...fieldErrors },
    detail: { investigationId: saved.id, savedVersion: saved.version, editorVersion: input.version },
  });
}
