import "server-only";
import type { ActorInputAt } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { requireOn } from "@/lib/auth/server/require-permission";
import { refuseAccess } from "@/lib/auth/server/refuse-access";
import { writeAuditBy } from "@/lib/audit/server/write-audit";
import { getPrisma } from "@/lib/db/server/prisma";
import { claimVersion, versionedTransaction } from "@/lib/db/server/versioned-transaction";
import { dayOfDbDate, dbDateInUk, formatDay } from "@/lib/dates/day";
import { followUpDueOn, referralDateError, referralTransitionError } from "@/lib/referrals/rules";
import { REFERRAL_STATE_LABELS } from "@/lib/labels/referral-state";
import { conflictFieldErrors } from "@/lib/actions/conflict";
import { lastSavedBy } from "@/lib/audit/server/last-saved-by";
import type { UpdateReferralInput } from "@/lib/referrals/schemas";

/**
 * The provider's caseworker records what happened: a new state (one step along the lifecycle, or
 * declined / closed), a note, or both, dated. Written `where id and version` with a ReferralEvent
 * (date and actor) and the audit row in one transaction. Completion sets the follow-up date six
 * months on. Refused, audited and nothing written: another provider's referral (NOT_FOUND), a step
 * that skips or reverses the lifecycle, a date before the last change or in the future.
 */
export async function updateReferral({
  actor,
  input,
  now = new Date(),
}: ActorInputAt<UpdateReferralInput>): Promise<{ id: number; version: number }> {
  const { entity, prisma } = await requireOn(actor, "referrals.update.own-provider", "referral", input.id);
  const current = await prisma.referral.findUnique({
    where: { id: input.id },
    select: {
      id: true,
      version: true,
      providerId: true,
      state: true,
      stateChangedOn: true,
      engagedOn: true,
      completedOn: true,
      followUpDueOn: true,
    },
  });
  if (!current) throw new AppError("NOT_FOUND");
  if (actor.providerId === null || current.providerId !== actor.providerId) {
    return refuseAccess({ actor, entity, reason: "another provider's referral", code: "NOT_FOUND" });
  }
  if (current.version !== input.version) throw await referralConflict(input);

  const refuse = async (field: string, message: string, reason: string): Promise<never> => {
    await writeAuditBy(prisma, actor, {
      event: "referral.refused",
      entity,
      detail: {
        action: "referrals.update",
        reason,
        from: current.state,
        to: input.toState || null,
        occurredOn: input.occurredOn,
      },
    });
    throw new AppError("VALIDATION", { fieldErrors: { [field]: [message] } });
  };
  const toState = input.toState === "" ? null : input.toState;
  if (toState) {
    const transition = referralTransitionError(current.state, toState);
    if (transition) return refuse("toState", transition, "outside the lifecycle");
  }
  const dateError = referralDateError(input.occurredOn, current.stateChangedOn, dbDateInUk(now));
  if (dateError) return refuse("occurredOn", dateError, "date out of range");

  const before = {
    state: current.state,
    stateChangedOn: current.stateChangedOn,
    engagedOn: current.engagedOn,
    completedOn: current.completedOn,
    followUpDueOn: current.followUpDueOn,
  };
  const after = toState
    ? {
        state: toState,
        stateChangedOn: input.occurredOn,
        engagedOn: toState === "ENGAGED" ? input.occurredOn : current.engagedOn,
        completedOn: toState === "COMPLETED" ? input.occurredOn : current.completedOn,
        followUpDueOn: toState === "COMPLETED" ? followUpDueOn(input.occurredOn) : current.followUpDueOn,
      }
    : before;

  return versionedTransaction(
    async (tx) => {
      const written = await tx.referral.updateMany({
        where: { id: current.id, version: input.version },
        data: { ...after, version: { increment: 1 } },
      });
      claimVersion(written);
      const event = await tx.referralEvent.create({
        data: {
          referralId: current.id,
          fromState: toState ? current.state : null,
          toState,
          note: input.note || null,
          occurredOn: input.occurredOn,
          actorId: actor.id,
        },
        select: { id: true },
      });
      if (toState) {
        await writeAuditBy(tx, actor, {
          event: "referral.updated",
          entity,
          before,
          after,
          detail: { referralEventId: event.id, note: input.note || null },
        });
      } else {
        await writeAuditBy(tx, actor, {
          event: "referral.note-added",
          entity,
          after: { note: input.note, occurredOn: input.occurredOn, referralEventId: event.id },
        });
      }
      return { id: current.id, version: input.version + 1 };
    },
    () => referralConflict(input),
  );
}

/**
 * CONFLICT: another update landed while this caseworker was typing. As for every editable record
 * (lib/actions/conflict.ts): the referral's state, date and latest note now saved beside what they
 * typed, and who saved it when. Their values stay in the form; the page shows the new state.
 */
async function referralConflict(input: UpdateReferralInput): Promise<AppError> {
  const prisma = getPrisma();
  const saved = await prisma.referral.findUniqueOrThrow({
    where: { id: input.id },
    select: {
      state: true,
      stateChangedOn: true,
      events: { orderBy: { id: "desc" }, take: 1, select: { note: true } },
    },
  });
  const day = (date: Date | null) => (date ? formatDay(dayOfDbDate(date)) : "");
  const fieldErrors = conflictFieldErrors(
    "referral",
    {
      toState: {
        label: "State",
        mine: input.toState ? REFERRAL_STATE_LABELS[input.toState] : REFERRAL_STATE_LABELS[saved.state],
        saved: REFERRAL_STATE_LABELS[saved.state],
      },
      occurredOn: {
        label: "Date of the last change",
        mine: day(input.occurredOn),
        saved: day(saved.stateChangedOn),
      },
      note: { label: "Latest note", mine: input.note, saved: saved.events[0]?.note ?? "" },
    },
    await lastSavedBy(prisma, "referral", input.id),
  );
  return new AppError("CONFLICT", { fieldErrors });
}
