import "server-only";
import { MEETING_HEADER_SELECT } from "@/lib/meetings/server/meeting-selects";
import { AppError } from "@/lib/errors";
import type { Tx } from "@/lib/db/server/prisma";
import { dbDateInUk } from "@/lib/dates/day";
import type { AgendaPack, PackItem, PackItemFacts } from "@/lib/meetings/pack-types";
import { numberAgendaItems } from "@/lib/meetings/item-numbers";
import { SECTIONS, sectionNumber } from "@/lib/meetings/rules";
import { loadActionFacts, loadCaseFacts, loadReferralFacts } from "@/lib/meetings/server/load-pack-facts";
import {
  loadActionReview,
  loadOffenceTable,
  loadReferralTable,
} from "@/lib/meetings/server/load-pack-tables";
import { loadScrutinyTable } from "@/lib/meetings/server/load-flagged-cases";
import { loadThreatSummary } from "@/lib/meetings/server/load-threat-summary";

const FOUR_WEEKS = 28 * 86_400_000;

/**
 * The pack as it stands now, from the agenda items and the live records behind them, with every
 * count (restricted intelligence included): callers strip what the actor may not see. Used to show
 * a draft and to freeze a version when it is published. Numbers come from numberAgendaItems, the
 * one numbering the run view and the minutes use too.
 */
export async function buildAgendaPack(db: Tx, meetingId: number, now = new Date()): Promise<AgendaPack> {
  const meeting = await db.meeting.findUnique({
    where: { id: meetingId },
    select: {
      ...MEETING_HEADER_SELECT,
      periodStart: true,
      agendaItems: {
        orderBy: [{ position: "asc" }, { id: "asc" }],
        select: {
          id: true,
          kind: true,
          title: true,
          position: true,
          annotation: true,
          version: true,
          removedAt: true,
          offenceId: true,
          actionItemId: true,
          referralId: true,
        },
      },
    },
  });
  if (!meeting) throw new AppError("NOT_FOUND");
  const meetingDay = dbDateInUk(meeting.heldAt);
  const today = dbDateInUk(now);
  const periodStart = meeting.periodStart ?? new Date(meetingDay.getTime() - FOUR_WEEKS);
  const items = meeting.agendaItems;
  const numbered = numberAgendaItems(items);
  const has = (kind: string) => numbered.some((i) => i.kind === kind);
  const ids = (pick: (i: (typeof items)[number]) => number | null) => [
    ...new Set(items.map(pick).filter((x): x is number => x != null)),
  ];
  // Sequential: publishing builds the pack inside a transaction, whose connection runs one query at a time.
  const cases = await loadCaseFacts(
    db,
    ids((i) => i.offenceId),
  );
  const actions = await loadActionFacts(
    db,
    ids((i) => i.actionItemId),
    today,
  );
  const referrals = await loadReferralFacts(
    db,
    ids((i) => i.referralId),
  );
  const threat = has("THREAT_SUMMARY") ? await loadThreatSummary(db, periodStart, meetingDay) : null;
  const promoted = new Map(numbered.filter((i) => i.offenceId != null).map((i) => [i.offenceId!, i.number]));
  const offenceTable = has("OFFENCE_TABLE")
    ? await loadOffenceTable(db, periodStart, meetingDay, promoted)
    : [];
  const scrutinyTable = has("SCRUTINY_TABLE")
    ? await loadScrutinyTable(db, meeting, periodStart, promoted)
    : [];
  const actionReview = has("ACTION_REVIEW") ? await loadActionReview(db, meetingDay, today) : [];
  const referralTable = has("REFERRAL_TABLE") ? await loadReferralTable(db, periodStart, meetingDay) : [];

  const factsOf = (i: (typeof items)[number]): PackItemFacts => {
    if (i.kind === "OFFENCE_TABLE") return { kind: "offence-table", rows: offenceTable };
    if (i.kind === "SCRUTINY_TABLE") return { kind: "scrutiny-table", rows: scrutinyTable };
    if (i.kind === "ACTION_REVIEW") return { kind: "action-table", rows: actionReview };
    if (i.kind === "REFERRAL_TABLE") return { kind: "referral-table", rows: referralTable };
    const c = i.offenceId != null ? cases.get(i.offenceId) : undefined;
    const a = i.actionItemId != null ? actions.get(i.actionItemId) : undefined;
    const r = i.referralId != null ? referrals.get(i.referralId) : undefined;
    if (i.kind === "THREAT_SUMMARY" && threat) return { kind: "threat", threat };
    if (a) return { kind: "action", action: a };
    if (r) return { kind: "referral", referral: r };
    if (c) return { kind: "case", case: c };
    return { kind: "free" };
  };
  const toItem = (i: (typeof items)[number], number: string): PackItem => ({
    id: i.id,
    number,
    kind: i.kind,
    title: i.title,
    annotation: i.annotation,
    version: i.version,
    facts: factsOf(i),
  });

  return {
    meetingId: meeting.id,
    title: meeting.title,
    heldAt: meeting.heldAt.toISOString(),
    location: meeting.location,
    status: meeting.status,
    periodStart: periodStart.toISOString().slice(0, 10),
    packVersion: meeting.status === "DRAFT" ? meeting.packVersion + 1 : meeting.packVersion,
    sections: SECTIONS.map((s) => ({
      number: String(sectionNumber(s.kind)),
      kind: s.kind,
      title: s.title,
      items: numbered.filter((i) => i.section === s.kind).map((i) => toItem(i, i.number)),
    })),
    removed: items.filter((i) => i.removedAt != null).map((i) => toItem(i, "")),
  };
}
