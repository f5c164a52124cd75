import "server-only";
import type { OffenceOptions } from "@/lib/offences/offence-options";
import type { ActionStatus } from "@/lib/generated/prisma/enums";
import { can } from "@/lib/auth/permissions";
import { openOffenceSection } from "@/lib/offences/server/open-offence-section";
import { getPrisma } from "@/lib/db/server/prisma";

export type OffenceAgendaEntry = {
  id: number;
  meetingTitle: string;
  heldAt: Date;
  title: string;
  discussed: boolean;
  discussionNote: string;
};
export type OffenceDecisionEntry = {
  id: number;
  meetingTitle: string;
  recordedAt: Date;
  text: string;
  rationale: string;
};
export type OffenceActionEntry = {
  id: number;
  title: string;
  ownerName: string;
  dueOn: Date;
  status: ActionStatus;
};

export type OffenceMeetings = {
  /** False for roles without meetings.read: agenda items and decisions are not loaded at all. */
  meetingsVisible: boolean;
  agendaItems: OffenceAgendaEntry[];
  decisions: OffenceDecisionEntry[];
  actions: OffenceActionEntry[];
  /** True when only the actor's own actions are listed (actions.read.own). */
  onlyOwnActions: boolean;
};

/** What the forum did about an offence: agenda items, decisions and actions. Logs the consultation. */
export async function getOffenceMeetings({ actor, offenceId }: OffenceOptions): Promise<OffenceMeetings> {
  await openOffenceSection({ actor, offenceId, section: "meetings" });
  const prisma = getPrisma();

  const meetingsVisible = can(actor, "meetings.read");
  const onlyOwnActions = !can(actor, "actions.read");
  const canSeeActions = !onlyOwnActions || can(actor, "actions.read.own");
  // Agenda items and decisions name their meetings from one read of both (issue 15: the record in
  // at most 8 statements; an `include` per list is a statement per list).
  const [agendaItems, decisions, actions] = await Promise.all([
    meetingsVisible
      ? prisma.agendaItem.findMany({ where: { offenceId, removedAt: null }, orderBy: { position: "asc" } })
      : [],
    meetingsVisible
      ? prisma.decision.findMany({ where: { offenceId }, orderBy: { recordedAt: "desc" } })
      : [],
    canSeeActions
      ? prisma.actionItem.findMany({
          where: { offenceId, ...(onlyOwnActions ? { ownerId: actor.id } : {}) },
          orderBy: [{ dueOn: "desc" }, { id: "desc" }],
          include: { owner: { select: { name: true } } },
        })
      : [],
  ]);
  const meetingIds = [...new Set([...agendaItems, ...decisions].map((x) => x.meetingId))];
  const meetings = new Map(
    (meetingIds.length
      ? await prisma.meeting.findMany({
          where: { id: { in: meetingIds } },
          select: { id: true, title: true, heldAt: true },
        })
      : []
    ).map((m) => [m.id, m]),
  );
  const meetingOf = (id: number) => meetings.get(id)!;
  // Newest meeting first, then the pack's order, as the query's ORDER BY did before.
  agendaItems.sort(
    (a, b) => meetingOf(b.meetingId).heldAt.getTime() - meetingOf(a.meetingId).heldAt.getTime(),
  );

  return {
    meetingsVisible,
    onlyOwnActions,
    agendaItems: agendaItems.map((a) => ({
      id: a.id,
      meetingTitle: meetingOf(a.meetingId).title,
      heldAt: meetingOf(a.meetingId).heldAt,
      title: a.title,
      discussed: a.discussed,
      discussionNote: a.discussionNote,
    })),
    decisions: decisions.map((d) => ({
      id: d.id,
      meetingTitle: meetingOf(d.meetingId).title,
      recordedAt: d.recordedAt,
      text: d.text,
      rationale: d.rationale,
    })),
    actions: actions.map((a) => ({
      id: a.id,
      title: a.title,
      ownerName: a.owner.name,
      dueOn: a.dueOn,
      status: a.status,
    })),
  };
}
