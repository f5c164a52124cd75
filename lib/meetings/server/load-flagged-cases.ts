import "server-only";
import type { Tx } from "@/lib/db/server/prisma";
import type { ScrutinyRow } from "@/lib/meetings/pack-types";
import { SCRUTINY_WHY_LABELS, splitScrutiny, type FlaggedCase } from "@/lib/meetings/scrutiny-rules";

// The flagged cases still open, with what the forum has done with each before this meeting (when
// it last discussed it, whether an earlier decision asked for it back, whether an earlier agenda
// listed it and the forum did not reach it). One query per fact for the whole force: a few hundred
// flagged cases at the national scale, not one query per case.

const day = (d: Date) => d.toISOString().slice(0, 10);

export type LoadedFlaggedCase = FlaggedCase & {
  crimeReference: string;
  offence: string;
  recordedOn: Date;
  reason: string;
  flaggedBy: string | null;
  oic: string | null;
  status: ScrutinyRow["status"];
};

export async function loadFlaggedCases(
  db: Tx,
  meeting: { id: number; heldAt: Date },
): Promise<LoadedFlaggedCase[]> {
  const investigations = await db.investigation.findMany({
    where: { flaggedForScrutiny: true, status: { in: ["OPEN", "PENDING_SUSPECT"] } },
    select: {
      offenceId: true,
      status: true,
      scrutinyReason: true,
      flaggedAt: true,
      flaggedById: true,
      oic: { select: { name: true } },
      offence: {
        select: {
          crimeReference: true,
          offenceCode: true,
          youngestVictimAge: true,
          recordedOn: true,
          offenceType: { select: { description: true } },
        },
      },
    },
  });
  if (investigations.length === 0) return [];
  const ids = investigations.map((i) => i.offenceId);
  const earlier = { id: { not: meeting.id }, heldAt: { lt: meeting.heldAt } };
  const items = await db.agendaItem.findMany({
    where: { offenceId: { in: ids }, removedAt: null, meeting: earlier },
    select: { offenceId: true, discussed: true, meeting: { select: { heldAt: true, status: true } } },
  });
  const decisions = await db.decision.findMany({
    where: { offenceId: { in: ids }, meeting: earlier },
    orderBy: [{ recordedAt: "asc" }, { id: "asc" }],
    select: { offenceId: true, returnToForum: true, meeting: { select: { heldAt: true } } },
  });
  const flaggers = [
    ...new Set(investigations.map((i) => i.flaggedById).filter((x): x is number => x != null)),
  ];
  const names = new Map(
    flaggers.length
      ? (await db.user.findMany({ where: { id: { in: flaggers } }, select: { id: true, name: true } })).map(
          (u) => [u.id, u.name],
        )
      : [],
  );
  const lastDiscussed = new Map<number, Date>();
  for (const i of items) {
    const at = i.meeting.heldAt;
    if (i.discussed && at > (lastDiscussed.get(i.offenceId!) ?? new Date(0)))
      lastDiscussed.set(i.offenceId!, at);
  }
  const notReached = new Set(
    items
      .filter((i) => !i.discussed && i.meeting.status === "CLOSED")
      .filter((i) => i.meeting.heldAt > (lastDiscussed.get(i.offenceId!) ?? new Date(0)))
      .map((i) => i.offenceId!),
  );
  // The latest decision speaks for the forum: a later one that does not ask for the case back wins.
  const latestDecision = new Map(decisions.map((d) => [d.offenceId!, d]));
  return investigations.map((i) => {
    const last = lastDiscussed.get(i.offenceId) ?? null;
    const decision = latestDecision.get(i.offenceId);
    return {
      offenceId: i.offenceId,
      offenceCode: i.offence.offenceCode,
      youngestVictimAge: i.offence.youngestVictimAge,
      flaggedAt: i.flaggedAt,
      lastDiscussedAt: last,
      returnAsked: Boolean(decision?.returnToForum) && (last == null || decision!.meeting.heldAt >= last),
      notReached: notReached.has(i.offenceId),
      crimeReference: i.offence.crimeReference,
      offence: i.offence.offenceType.description,
      recordedOn: i.offence.recordedOn,
      reason: i.scrutinyReason ?? "",
      flaggedBy: i.flaggedById != null ? (names.get(i.flaggedById) ?? null) : null,
      oic: i.oic?.name ?? null,
      status: i.status,
    };
  });
}

/** The "other flagged cases" table item: every flagged open case without an item of its own in this pack. */
export async function loadScrutinyTable(
  db: Tx,
  meeting: { id: number; heldAt: Date },
  periodStart: Date,
  promoted: Map<number, string>,
): Promise<ScrutinyRow[]> {
  const cases = await loadFlaggedCases(db, meeting);
  const { individual, table } = splitScrutiny(cases, periodStart);
  // A case the rule takes one by one is an item of its own; if the analyst removed that item, or it
  // came in after the pack was generated, it is a row here, to be promoted. Rows in the rule's order.
  const inTable = new Set(table.map((c) => c.offenceId));
  return [...individual, ...table]
    .filter((c) => inTable.has(c.offenceId) || !promoted.has(c.offenceId))
    .map((c) => ({
      offenceId: c.offenceId,
      crimeReference: c.crimeReference,
      offence: c.offence,
      recordedOn: day(c.recordedOn),
      flaggedOn: c.flaggedAt ? day(c.flaggedAt) : null,
      flaggedBy: c.flaggedBy,
      reason: c.reason,
      why: SCRUTINY_WHY_LABELS[c.why],
      lastDiscussedOn: c.lastDiscussedAt ? day(c.lastDiscussedAt) : null,
      oic: c.oic,
      status: c.status,
      promotedAs: promoted.get(c.offenceId) ?? null,
    }));
}
