import "server-only";
import { AppError } from "@/lib/errors";
import type { Tx } from "@/lib/db/server/prisma";
import { asDbDate, ukDate } from "@/lib/dashboard/rules";
import type { AgendaPack, PackItem, PackItemFacts } from "@/lib/meetings/pack-types";
import { SECTIONS, sectionNumber } from "@/lib/meetings/rules";
import { loadActionFacts, loadCaseFacts, loadReferralFacts } from "@/lib/meetings/server/load-pack-facts";
import { loadThreatSummary } from "@/lib/meetings/server/load-threat-summary";

const FOUR_WEEKS = 28 * 86_400_000;

/**
 * The pack as it stands now, from the agenda items and the live records behind them, with every
 * count (restricted intelligence included): callers strip what the actor may not see. Used to show
 * a draft and to freeze a version when it is published.
 */
export async function buildAgendaPack(db: Tx, meetingId: number, now = new Date()): Promise<AgendaPack> {
  const meeting = await db.meeting.findUnique({
    where: { id: meetingId },
    select: {
      id: true, title: true, heldAt: true, location: true, status: true, periodStart: true, packVersion: true,
      agendaItems: {
        orderBy: [{ position: "asc" }, { id: "asc" }],
        select: { id: true, kind: true, title: true, annotation: true, version: true, removedAt: true, offenceId: true, actionItemId: true, referralId: true },
      },
    },
  });
  if (!meeting) throw new AppError("NOT_FOUND");
  const meetingDay = asDbDate(ukDate(meeting.heldAt));
  const periodStart = meeting.periodStart ?? new Date(meetingDay.getTime() - FOUR_WEEKS);
  const items = meeting.agendaItems;
  const ids = (pick: (i: (typeof items)[number]) => number | null) => [...new Set(items.map(pick).filter((x): x is number => x != null))];
  // Sequential: publishing builds the pack inside a transaction, whose connection runs one query at a time.
  const cases = await loadCaseFacts(db, ids((i) => i.offenceId));
  const actions = await loadActionFacts(db, ids((i) => i.actionItemId), asDbDate(ukDate(now)));
  const referrals = await loadReferralFacts(db, ids((i) => i.referralId));
  const threat = items.some((i) => i.kind === "THREAT_SUMMARY") ? await loadThreatSummary(db, periodStart, meetingDay) : null;

  const factsOf = (i: (typeof items)[number]): PackItemFacts => {
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
    id: i.id, number, kind: i.kind, title: i.title, annotation: i.annotation, version: i.version, facts: factsOf(i),
  });

  return {
    meetingId: meeting.id,
    title: meeting.title,
    heldAt: meeting.heldAt.toISOString(),
    location: meeting.location,
    status: meeting.status,
    periodStart: periodStart.toISOString().slice(0, 10),
    packVersion: meeting.status === "DRAFT" ? meeting.packVersion + 1 : meeting.packVersion,
    sections: SECTIONS.map((s) => {
      const n = sectionNumber(s.kind);
      const live = items.filter((i) => i.kind === s.kind && i.removedAt == null);
      return { number: String(n), kind: s.kind, title: s.title, items: live.map((i, k) => toItem(i, `${n}.${k + 1}`)) };
    }),
    removed: items.filter((i) => i.removedAt != null).map((i) => toItem(i, "")),
  };
}
