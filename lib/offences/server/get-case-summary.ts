import "server-only";
import type { OffenceOptions } from "@/lib/offences/offence-options";
import { can } from "@/lib/auth/permissions";
import type { AccessContext } from "@/lib/auth/schemas";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { getAccessReason } from "@/lib/auth/server/get-access-reason";
import { auditActorOf } from "@/lib/audit/events";
import { writeAudit } from "@/lib/audit/server/write-audit";
import { atMost, PER_REQUEST_CONNECTIONS } from "@/lib/db/at-most";
import { getPrisma } from "@/lib/db/server/prisma";
import { dbDateOf, todayInUk } from "@/lib/dates/day";
import type { LinkedIntelligence } from "@/lib/intelligence/intel-dto";
import type { InvestigationDetail } from "@/lib/investigations/types";
import { getInvestigation } from "@/lib/investigations/server/get-investigation";
import type { OffenceSummary } from "@/lib/offences/types";
import { getOffenceSummary } from "@/lib/offences/server/get-offence-summary";
import { getOffenceRecord, type OffenceRecordPerson } from "@/lib/offences/server/get-offence-record";
import { getOffenceIntelligence } from "@/lib/offences/server/get-offence-intelligence";
import {
  getOffenceInterventions,
  type OffenceInterventions,
} from "@/lib/offences/server/get-offence-interventions";
import { getOffenceMeetings, type OffenceMeetings } from "@/lib/offences/server/get-offence-meetings";
import {
  loadCaseSummaryPeople,
  type CaseSummaryPersonFacts,
} from "@/lib/offences/server/load-case-summary-people";

export type CaseSummaryPerson = OffenceRecordPerson & CaseSummaryPersonFacts;

export type CaseSummary = {
  offence: OffenceSummary;
  people: CaseSummaryPerson[];
  /** Null when no investigation has been opened, or the actor may not read investigations. */
  investigation: InvestigationDetail | null;
  /** Null for an actor without intel.read: the summary then has no intelligence section at all. */
  intelligence: LinkedIntelligence | null;
  interventions: OffenceInterventions;
  meetings: OffenceMeetings;
  printedAt: Date;
  printedBy: string;
  reason: string;
};

export type CaseSummaryResult =
  { status: "reason-required"; context: AccessContext } | { status: "ok"; summary: CaseSummary };

/**
 * The whole offence record for paper: the print view ("print") and the PDF ("pdf"). Each section
 * comes from the record's own data function, so each holds exactly what the actor sees on that tab
 * (intelligence under the one access rule, referrals under the referral rule, forum records for the
 * forum only). Printing is a disclosure (as the agenda pack's PDF is): nothing is read until the
 * actor has given a reason for this case in this sign-in (the person record's prompt), then one
 * DISCLOSURE row names the offence, the viewer and the reason, and one s.62 row is written for each
 * person and each intelligence item the summary holds.
 */
export async function getCaseSummary({
  actor,
  offenceId,
  format,
  now = new Date(),
}: OffenceOptions & {
  format: "print" | "pdf";
  now?: Date;
}): Promise<CaseSummaryResult> {
  const entity = { type: "offence", id: offenceId };
  // The header's read checks offences.read and answers NOT_FOUND before anything is asked or logged.
  const offence = await getOffenceSummary({ actor, id: offenceId });
  await requirePermission(actor, "persons.read", { entity });
  const context: AccessContext = { type: "offence", id: offenceId };
  const given = await getAccessReason({ actor, contexts: [context] });
  if (!given) return { status: "reason-required", context };

  const [record, investigation, intelligence, interventions, meetings] = await atMost(
    PER_REQUEST_CONNECTIONS,
    [
      () => getOffenceRecord({ actor, offenceId }),
      () => (can(actor.role, "investigations.read") ? getInvestigation({ actor, offenceId }) : null),
      () => (can(actor.role, "intel.read") ? getOffenceIntelligence({ actor, offenceId }) : null),
      () => getOffenceInterventions({ actor, offenceId }),
      () => getOffenceMeetings({ actor, offenceId }),
    ],
  );
  const today = dbDateOf(todayInUk(now));
  const facts = await loadCaseSummaryPeople({
    actor,
    personIds: [...new Set(record.people.map((p) => p.personId))],
    today,
  });
  const people = record.people.map((p) => ({
    ...p,
    ...(facts.get(p.personId) ?? { flags: [], groups: null }),
  }));
  const intelIds = (intelligence?.items ?? []).filter((i) => !i.restricted).map((i) => i.id);

  const auditActor = auditActorOf(actor);
  const what = `Case summary of ${offence.crimeReference} (${format === "pdf" ? "PDF" : "print view"})`;
  await getPrisma().$transaction(async (tx) => {
    await writeAudit(tx, {
      event: "offence.summary-printed",
      actor: auditActor,
      entity,
      justification: given.reason,
      recipients: `${auditActor.label}: the viewer's own copy`,
      detail: { format, persons: people.map((p) => p.personId), intelligence: intelIds },
    });
    for (const personId of new Set(people.map((p) => p.personId)))
      await writeAudit(tx, {
        event: "person.viewed",
        actor: auditActor,
        entity: { type: "person", id: personId },
        justification: `${what}: ${given.reason}`,
      });
    for (const id of intelIds)
      await writeAudit(tx, {
        event: "intel.viewed",
        actor: auditActor,
        entity: { type: "intelligence", id },
        justification: `${what}: ${given.reason}`,
      });
  });

  return {
    status: "ok",
    summary: {
      offence,
      people,
      investigation,
      intelligence,
      interventions,
      meetings,
      printedAt: now,
      printedBy: auditActor.label,
      reason: given.reason,
    },
  };
}
