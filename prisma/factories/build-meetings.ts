import type { ActionStatus, AttendanceStatus } from "@/lib/generated/prisma/enums";
import { NPUS } from "@/lib/reference/npus";
import type { OffenceMeta } from "@/prisma/factories/build-offences";
import type { BuildContext } from "@/prisma/factories/context";
import {
  dayNumber,
  isoAt,
  isoDay,
  performanceYearLabel,
  performanceYearStart,
} from "@/prisma/factories/dates";
import { ACTION_TEMPLATES, DECISION_TEMPLATES, fill } from "@/prisma/factories/meeting-texts";
import type {
  ActionItemRow,
  ActionUpdateRow,
  AgendaItemRow,
  DecisionRow,
  InvestigationRow,
  MeetingAttendeeRow,
  MeetingRow,
  OffenceRow,
  ReferralRow,
} from "@/prisma/factories/rows";

// The forum's recent history: two closed meetings four weeks apart (agenda, decisions with
// rationale, actions, some still open and carried forward) and the next meeting in draft, whose
// period starts at the last meeting.

export type BuiltMeetings = {
  meetings: MeetingRow[];
  attendees: MeetingAttendeeRow[];
  agendaItems: AgendaItemRow[];
  decisions: DecisionRow[];
  actions: ActionItemRow[];
  actionUpdates: ActionUpdateRow[];
};

/** Meeting days: the next is the first Tuesday at least a week away; the others 4 and 8 weeks before. */
export function meetingDays(todayDay: number): { first: number; last: number; next: number } {
  let next = todayDay + 7;
  while ((next + 4) % 7 !== 2) next++; // day 0 (1970-01-01) was a Thursday; Tuesday ≡ 2
  return { first: next - 56, last: next - 28, next };
}

type Src = {
  ctx: BuildContext;
  offences: OffenceRow[];
  meta: OffenceMeta[];
  investigations: InvestigationRow[];
  referrals: ReferralRow[];
};

export function buildMeetings(src: Src): BuiltMeetings {
  const { ctx } = src;
  const rng = ctx.rng.fork("meetings");
  const out: BuiltMeetings = {
    meetings: [],
    attendees: [],
    agendaItems: [],
    decisions: [],
    actions: [],
    actionUpdates: [],
  };
  const days = meetingDays(ctx.todayDay);
  const u = ctx.demo;
  const guests = [ctx.investigatorsByNpu[0]![0]!, ctx.investigatorsByNpu[6]![0]!];

  const schedule: { day: number; status: MeetingRow["status"] }[] = [
    { day: days.first, status: "CLOSED" },
    { day: days.last, status: "CLOSED" },
    { day: days.next, status: "DRAFT" },
  ];
  schedule.forEach(({ day, status }, m) => {
    const closed = status === "CLOSED";
    const periodStart = m === 0 ? day - 28 : schedule[m - 1]!.day;
    out.meetings.push({
      id: m + 1,
      title: `Captiva Guardian – tactical period ${tacticalPeriod(day)} (${performanceYearLabel(isoDay(day))})`,
      heldAt: isoAt(day, 10),
      location: "Force headquarters, conference room 2, and online",
      status,
      chairId: u.chair,
      deputyId: u.deputy,
      periodStart: isoDay(periodStart),
      packVersion: 0,
      publishedAt: closed ? isoAt(day - 3, 15) : null,
      startedAt: closed ? isoAt(day, 10) : null,
      closedAt: closed ? isoAt(day, 12, 10) : null,
      createdAt: isoAt(periodStart + 1, 9),
      updatedAt: closed ? isoAt(day, 12, 10) : isoAt(Math.min(ctx.todayDay, periodStart + 2), 9),
    });
    const present = (apologies: boolean): AttendanceStatus =>
      !closed ? "EXPECTED" : apologies ? "APOLOGIES" : "PRESENT";
    const people: [number | null, string, string, AttendanceStatus][] = [
      [u.chair, "", "West Midlands Police (synthetic)", present(false)],
      [u.deputy, "", "West Midlands Police (synthetic)", present(m === 1)],
      [u.analyst, "", "West Midlands Police (synthetic)", present(false)],
      [u.investigator, "", "West Midlands Police (synthetic)", present(false)],
      [u.investigator2, "", "West Midlands Police (synthetic)", present(m === 0)],
      [u.partner, "", "St Giles Trust", present(false)],
      ...guests.map((g): [number, string, string, AttendanceStatus] => [
        g,
        "",
        "West Midlands Police (synthetic)",
        present(false),
      ]),
      [null, "Jess Demoworth", "Violence Reduction Partnership", present(false)],
      [null, "Chris Sampleby", "Youth Offending Service", present(m === 1)],
    ];
    for (const [userId, name, organisation, status] of people) {
      const attendeeName = userId ? ctx.users[userId - 1]!.name : name;
      out.attendees.push({
        id: out.attendees.length + 1,
        meetingId: m + 1,
        userId,
        name: attendeeName,
        organisation,
        status,
      });
    }
    if (closed) closedMeetingBusiness(src, out, m + 1, periodStart, day, days, rng);
  });
  return out;
}

function closedMeetingBusiness(
  src: Src,
  out: BuiltMeetings,
  meetingId: number,
  periodStart: number,
  day: number,
  days: { first: number; last: number; next: number },
  rng: BuildContext["rng"],
): void {
  const { ctx, offences, investigations, referrals } = src;
  const held = isoAt(day, 10);
  let position = 0;
  const item = (fields: Partial<AgendaItemRow> & Pick<AgendaItemRow, "kind" | "title">): AgendaItemRow => {
    const row: AgendaItemRow = {
      id: out.agendaItems.length + 1,
      meetingId,
      position: ++position,
      annotation: "",
      offenceId: null,
      personId: null,
      actionItemId: null,
      referralId: null,
      discussed: true,
      discussionNote: "",
      createdAt: isoAt(day - 5, 11),
      updatedAt: isoAt(day, 12),
      ...fields,
    };
    out.agendaItems.push(row);
    return row;
  };

  const inPeriod = offences.filter((o) => {
    const d = dayNumber(o.recordedOn);
    return d >= periodStart && d < day;
  });
  const knifeU25 = inPeriod.filter((o) => o.knifeUsed && (o.youngestVictimAge ?? 99) < 25);
  item({
    kind: "THREAT_SUMMARY",
    title: "Threat summary since the last meeting",
    annotation: `${knifeU25.length} knife-enabled offences with an under-25 victim recorded in the period (${inPeriod.length} in scope overall).`,
    discussionNote: "Analyst briefed on hotspots and emerging group tensions.",
  });

  const priority = [...(knifeU25.length ? knifeU25 : inPeriod)]
    .sort((a, b) => b.harmScore - a.harmScore || a.id - b.id)
    .slice(0, 5);
  const flagged = investigations
    .filter((i) => i.flaggedForScrutiny && i.flaggedAt != null && i.flaggedAt < held)
    .slice(-3);
  const discussed: { agenda: AgendaItemRow; offence: OffenceRow }[] = [];
  for (const o of priority)
    discussed.push({
      agenda: item({
        kind: "NEW_OFFENCE",
        title: `${o.crimeReference} – new knife-enabled offence`,
        offenceId: o.id,
        annotation: o.summary,
        discussionNote: "OIC updated the forum on lines of enquiry.",
      }),
      offence: o,
    });
  for (const inv of flagged) {
    const o = offences[inv.offenceId - 1]!;
    discussed.push({
      agenda: item({
        kind: "SCRUTINY",
        title: `${o.crimeReference} – scrutiny`,
        offenceId: o.id,
        annotation: inv.scrutinyReason ?? "",
        discussionNote: "Chair reviewed progress against the investigation plan.",
      }),
      offence: o,
    });
  }

  // Actions from the first meeting still open were carried to the second one.
  if (meetingId === 2) {
    for (const a of out.actions.filter((a) => a.meetingId === 1 && a.timesCarried > 0)) {
      item({
        kind: "OPEN_ACTION",
        title: `Carried forward: ${a.title}`,
        actionItemId: a.id,
        offenceId: a.offenceId,
        discussionNote: "Owner gave an update; carried forward.",
      });
    }
  }
  const recentReferrals = referrals
    .filter((r) => {
      const d = dayNumber(r.stateChangedOn);
      return d >= periodStart && d < day;
    })
    .slice(0, 2);
  for (const r of recentReferrals)
    item({
      kind: "REFERRAL_UPDATE",
      title: `Referral update – ${r.pathway}`,
      referralId: r.id,
      personId: r.personId,
      annotation: `State: ${r.state.toLowerCase()}.`,
    });
  item({ kind: "FREE", title: "Any other business", discussionNote: "None raised." });

  // Decisions and actions on the first few offences discussed, plus the analyst's standing task.
  const plan: { status: ActionStatus; carried: number }[] =
    meetingId === 1
      ? [
          { status: "COMPLETED", carried: 0 },
          { status: "COMPLETED", carried: 0 },
          { status: "NOT_POSSIBLE", carried: 0 },
          { status: "COMPLETED", carried: 1 },
          { status: "OPEN", carried: 1 },
          { status: "COMPLETED", carried: 0 },
        ]
      : [
          { status: "IN_PROGRESS", carried: 0 },
          { status: "OPEN", carried: 0 },
          { status: "COMPLETED", carried: 0 },
          { status: "OPEN", carried: 0 },
          { status: "IN_PROGRESS", carried: 0 },
          { status: "OPEN", carried: 0 },
        ];
  const owners = [
    ctx.demo.investigator,
    ctx.demo.investigator2,
    ctx.demo.analyst,
    ctx.demo.investigator,
    ctx.demo.partner,
    ctx.demo.investigator2,
  ];
  discussed.slice(0, plan.length).forEach(({ agenda, offence }, k) => {
    const victim = src.meta[offence.id - 1]!.victims[0] ?? null;
    const facts = {
      ref: offence.crimeReference,
      age: String(offence.youngestVictimAge ?? "unknown"),
      npu: NPUS[offence.npuId - 1]!.name,
    };
    const template = DECISION_TEMPLATES[k % DECISION_TEMPLATES.length]!;
    const decision: DecisionRow = {
      id: out.decisions.length + 1,
      meetingId,
      agendaItemId: agenda.id,
      offenceId: offence.id,
      personId: victim?.id ?? null,
      text: fill(template.text, facts),
      rationale: fill(template.rationale, facts),
      recordedById: ctx.demo.chair,
      recordedAt: isoAt(day, 10, 15 + 10 * k),
    };
    out.decisions.push(decision);
    const { status, carried } = plan[k]!;
    const ownerId = owners[k]!;
    const due = status === "OPEN" && meetingId === 2 && k === 5 ? days.next + 7 : day + rng.int(10, 24);
    const closedDay =
      status === "COMPLETED" || status === "NOT_POSSIBLE"
        ? Math.min(ctx.todayDay, (carried ? days.last : day) + rng.int(3, 20))
        : null;
    const overdue = closedDay == null && due < ctx.todayDay;
    const id = out.actions.length + 1;
    // A partner's action carries no case data: the decision's text names the crime reference.
    const description = ownerId === ctx.demo.partner ? "" : decision.text;
    out.actions.push({
      id,
      title: fill(ACTION_TEMPLATES[k % ACTION_TEMPLATES.length]!, facts),
      description,
      ownerId,
      dueOn: isoDay(due),
      status,
      resultNote: status === "COMPLETED" ? "Done; result reported to the forum." : null,
      notPossibleReason:
        status === "NOT_POSSIBLE"
          ? "Witness moved out of the force area and declined to provide an account."
          : null,
      timesCarried: carried,
      meetingId,
      decisionId: decision.id,
      offenceId: offence.id,
      personId: decision.personId,
      raisedById: ctx.demo.chair,
      closedAt: closedDay != null ? isoAt(closedDay, 15) : null,
      escalatedAt: overdue && due + 14 <= ctx.todayDay ? isoAt(due + 14, 7) : null,
      createdAt: isoAt(day, 12),
      updatedAt: isoAt(closedDay ?? Math.min(ctx.todayDay, day + 5), 15),
    });
    if (status !== "OPEN") {
      const note =
        status === "COMPLETED"
          ? "Completed."
          : status === "NOT_POSSIBLE"
            ? "Not possible – see reason."
            : "Enquiries under way; update at the next meeting.";
      out.actionUpdates.push({
        id: out.actionUpdates.length + 1,
        actionItemId: id,
        authorId: ownerId,
        note,
        createdAt: isoAt(closedDay ?? Math.min(ctx.todayDay, day + 5), 14),
      });
    }
  });
}

function tacticalPeriod(day: number): number {
  return Math.min(13, Math.floor((day - dayNumber(performanceYearStart(isoDay(day)))) / 28) + 1);
}
