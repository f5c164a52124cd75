import { isPositiveOutcome } from "@/lib/reference/outcome-types";
import type { BuildContext } from "@/prisma/factories/context";
import { dayNumber, isoAt, isoDay } from "@/prisma/factories/dates";
import type { OffenceMeta } from "@/prisma/factories/build-offences";
import type { Rng } from "@/prisma/factories/random";
import type { InvestigationRow, InvestigationUpdateRow, OffenceRow } from "@/prisma/factories/rows";

// One investigation per offence. Older offences are mostly finalised; recent ones are open with
// outcome 0 (or none yet). The demo investigators own a small caseload with reviews due and
// overdue, so their "my cases" screens have something to show.

const POSITIVE_MIX = [
  [1, 60],
  [8, 14],
  [22, 10],
  [2, 5],
  [3, 4],
  [23, 3],
  [6, 2],
  [4, 1],
  [7, 1],
] as const;
const SUSPECT_NEGATIVE_MIX = [
  [16, 40],
  [15, 25],
  [21, 8],
  [10, 6],
  [9, 6],
  [20, 5],
  [11, 4],
  [13, 3],
  [5, 1],
  [12, 1],
  [17, 1],
] as const;
const NO_SUSPECT_MIX = [
  [18, 70],
  [14, 30],
] as const;

const SCRUTINY_REASONS = [
  "Knife used against a young victim; no arrest after 28 days.",
  "Repeat victim: third report this year.",
  "Suspect linked to a street group active in a hotspot.",
  "Victim in hospital; risk of retaliation between groups.",
  "Forensic results outstanding for more than six weeks.",
  "Outstanding suspect believed to be carrying a blade.",
  "Linked series of robberies on the same school route.",
];

export type BuiltInvestigations = { investigations: InvestigationRow[]; updates: InvestigationUpdateRow[] };

export function buildInvestigations(
  ctx: BuildContext,
  offences: OffenceRow[],
  meta: OffenceMeta[],
): BuiltInvestigations {
  const rng = ctx.rng.fork("investigations");
  const demoInvestigators = [
    { id: ctx.demo.investigator, npu: ctx.users[ctx.demo.investigator - 1]!.npuId! - 1 },
    { id: ctx.demo.investigator2, npu: ctx.users[ctx.demo.investigator2 - 1]!.npuId! - 1 },
  ];
  // Enough cases for a demo caseload at every scale, but never most of an NPU's work.
  const perNpu = new Map<number, number>();
  for (const o of offences) perNpu.set(o.npuId - 1, (perNpu.get(o.npuId - 1) ?? 0) + 1);
  const demoShare = new Map(
    demoInvestigators.map((d) => [
      d.npu,
      { id: d.id, share: clamp(60 / (perNpu.get(d.npu) ?? 1), 0.05, 0.5) },
    ]),
  );

  const investigations: InvestigationRow[] = [];
  const updates: InvestigationUpdateRow[] = [];
  for (let i = 0; i < offences.length; i++) {
    const offence = offences[i]!;
    const m = meta[i]!;
    const recorded = dayNumber(offence.recordedOn);
    const npu = offence.npuId - 1;
    const demo = demoShare.get(npu);
    const oicId = demo && rng.chance(demo.share) ? demo.id : rng.pick(ctx.investigatorsByNpu[npu]!);
    const hasSuspect = m.suspects.length > 0;

    const age = ctx.todayDay - recorded;
    // Decide the eventual outcome first: charges and disposals come sooner than a file closed
    // for evidential difficulties, which waits for every line of enquiry.
    const positive = hasSuspect && rng.chance(Math.min(0.9, m.profile.positiveShare / m.profile.suspectRate));
    const toOutcome = Math.round(rng.exponential(m.profile.daysToOutcome * (positive ? 0.5 : 1.1))) + 3;
    let outcomeCode: number | null = null;
    let outcomeDay: number | null = null;
    if (toOutcome <= age) {
      outcomeDay = recorded + toOutcome;
      outcomeCode = positive
        ? rng.weighted(POSITIVE_MIX)
        : rng.weighted(hasSuspect ? SUSPECT_NEGATIVE_MIX : NO_SUSPECT_MIX);
    } else if (age > 14) {
      outcomeCode = 0;
    }
    const status =
      outcomeCode === 1 ? "CHARGED" : outcomeCode ? "FINALISED" : hasSuspect ? "OPEN" : "PENDING_SUSPECT";
    if (isPositiveOutcome(outcomeCode)) {
      for (const link of m.links) if (link.role === "SUSPECT") link.role = "OFFENDER";
    }

    const open = status === "OPEN" || status === "PENDING_SUSPECT";
    // About a third of open cases are past their review date (none recorded in the last few days).
    const nextReview = open
      ? age > 10 && rng.chance(0.33)
        ? ctx.todayDay - rng.int(1, Math.min(21, age - 7))
        : ctx.todayDay + rng.int(0, 28)
      : status === "CHARGED"
        ? ctx.todayDay + rng.int(10, 90)
        : null;
    const serious = offence.knifeUsed && (offence.youngestVictimAge ?? 99) < 25 && offence.harmScore >= 20;
    const flagged = open && rng.chance(serious ? 0.12 : 0.004);
    const flaggedDay = flagged ? Math.min(ctx.todayDay, recorded + rng.int(1, Math.max(1, age))) : null;
    const id = investigations.length + 1;
    const lastTouch = outcomeDay ?? Math.min(ctx.todayDay, recorded + rng.int(0, Math.max(0, age)));
    investigations.push({
      id,
      offenceId: offence.id,
      oicId,
      status,
      outcomeCode,
      outcomeOn: outcomeDay != null ? isoDay(outcomeDay) : null,
      chargedOn: outcomeCode === 1 && outcomeDay != null ? isoDay(outcomeDay) : null,
      flaggedForScrutiny: flagged,
      scrutinyReason: flagged ? rng.pick(SCRUTINY_REASONS) : null,
      flaggedById: flagged ? (rng.chance(0.6) ? oicId : ctx.demo.analyst) : null,
      flaggedAt: flaggedDay != null ? isoAt(flaggedDay, rng.int(8, 18)) : null,
      nextReviewOn: nextReview != null ? isoDay(nextReview) : null,
      createdAt: offence.createdAt,
      updatedAt: latest(
        offence.createdAt,
        isoAt(lastTouch, 17),
        flaggedDay != null ? isoAt(flaggedDay, 19) : "",
      ),
    });
    const lines = updateLines(rng, offence, status, outcomeCode, hasSuspect);
    lines.forEach((body, k) => {
      // Spread from the day it was recorded to the last change, in order, one hour apart at least.
      const day = recorded + Math.round(((lastTouch - recorded) * k) / Math.max(1, lines.length - 1));
      const hour = Math.min(
        23,
        (day === recorded ? Math.max(8, Number(offence.createdAt.slice(11, 13)) + 1) : 8) + k,
      );
      updates.push({
        id: updates.length + 1,
        investigationId: id,
        authorId: oicId,
        body,
        createdAt: isoAt(day, hour, rng.int(0, 59)),
      });
    });
  }
  flagOneEach(
    ctx,
    investigations,
    offences,
    demoInvestigators.map((d) => d.id),
  );
  return { investigations, updates };
}

/** Each demo investigator has at least one case flagged for the forum's scrutiny. */
function flagOneEach(
  ctx: BuildContext,
  investigations: InvestigationRow[],
  offences: OffenceRow[],
  oics: number[],
): void {
  for (const oic of oics) {
    const open = investigations.filter(
      (i) => i.oicId === oic && (i.status === "OPEN" || i.status === "PENDING_SUSPECT"),
    );
    if (open.length === 0 || open.some((i) => i.flaggedForScrutiny)) continue;
    const worst = open.reduce((a, b) =>
      offences[b.offenceId - 1]!.harmScore > offences[a.offenceId - 1]!.harmScore ? b : a,
    );
    worst.flaggedForScrutiny = true;
    worst.scrutinyReason = "Highest-harm open case in the caseload; the OIC asks for the forum's support.";
    worst.flaggedById = oic;
    worst.flaggedAt = isoAt(
      Math.max(dayNumber(offences[worst.offenceId - 1]!.recordedOn), ctx.todayDay - 3),
      9,
    );
    if (worst.flaggedAt > worst.updatedAt) worst.updatedAt = worst.flaggedAt;
  }
}

function updateLines(
  rng: Rng,
  offence: OffenceRow,
  status: string,
  outcome: number | null,
  suspect: boolean,
): string[] {
  const lines = [
    rng.pick([
      "Initial account obtained from the victim.",
      "Scene attended; CCTV trawl requested.",
      "Victim contacted; statement arranged.",
    ]),
  ];
  if (offence.knifeRecovered) lines.push("Blade recovered and submitted for forensic examination.");
  if (suspect && rng.chance(0.6))
    lines.push(
      rng.pick([
        "Suspect arrested and interviewed; released on bail.",
        "Suspect identified from CCTV; arrest planned.",
        "Suspect voluntarily attended for interview.",
      ]),
    );
  if (status === "CHARGED")
    lines.push("Charging decision received from the CPS; suspect charged and remanded.");
  else if (outcome != null && outcome > 0)
    lines.push(`Investigation finalised with Home Office outcome ${outcome}.`);
  else if (rng.chance(0.4)) lines.push("House-to-house enquiries completed; no further witnesses.");
  return lines;
}

const latest = (...stamps: string[]) => stamps.reduce((a, b) => (b > a ? b : a));
const clamp = (n: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, n));
