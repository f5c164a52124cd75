import "server-only";
import type { MeetingOptions } from "@/lib/meetings/meeting-options";
import type { ActionStatus, AttendanceStatus } from "@/lib/generated/prisma/enums";
import { AppError } from "@/lib/errors";
import { requireOn } from "@/lib/auth/server/require-permission";
import { getPrisma } from "@/lib/db/server/prisma";
import { displayName } from "@/lib/labels/person-name";
import { writeAuditBy } from "@/lib/audit/server/write-audit";
import { recordConsultation } from "@/lib/audit/server/record-consultation";
import { forumRecipients, meetingName } from "@/lib/meetings/meeting-document";
import { numberAgendaItems } from "@/lib/meetings/item-numbers";

export type Minutes = {
  id: number;
  title: string;
  heldAt: Date;
  location: string;
  chairName: string;
  startedAt: Date | null;
  closedAt: Date;
  attendees: { name: string; organisation: string; status: AttendanceStatus }[];
  items: {
    id: number;
    /** The pack's number ("5.1"): the minutes never renumber. */
    number: string;
    sectionNumber: number;
    sectionTitle: string;
    title: string;
    discussed: boolean;
    note: string;
    caseRef: string | null;
    personName: string | null;
    decisions: { id: number; text: string; rationale: string }[];
  }[];
  actions: {
    id: number;
    title: string;
    ownerName: string;
    dueOn: Date;
    status: ActionStatus;
    decisionId: number | null;
    caseRef: string | null;
  }[];
};

/**
 * The minutes of a closed meeting: attendance, each item with its note and decisions, and the
 * actions raised. For meetings.read (chair and analysts, who read all case data). Reading them is
 * a consultation; `download` (the PDF) is a disclosure to the attendees, audited as such.
 */
export async function takeMinutes({
  actor,
  meetingId,
  download = false,
}: MeetingOptions & {
  download?: boolean;
}): Promise<Minutes> {
  const { entity, prisma } = await requireOn(actor, "meetings.read", "meeting", meetingId);
  const meeting = await prisma.meeting.findUnique({
    where: { id: meetingId },
    include: {
      chair: { select: { name: true } },
      attendees: { orderBy: { id: "asc" } },
      agendaItems: {
        where: { removedAt: null },
        orderBy: [{ position: "asc" }, { id: "asc" }],
        include: {
          offence: { select: { crimeReference: true } },
          person: { select: { surname: true, forenames: true } },
          decisions: { orderBy: { id: "asc" }, select: { id: true, text: true, rationale: true } },
        },
      },
      actions: {
        orderBy: { id: "asc" },
        include: { owner: { select: { name: true } }, offence: { select: { crimeReference: true } } },
      },
    },
  });
  // Minutes exist once the meeting is closed; before that the chair's view is the record.
  if (!meeting || meeting.status !== "CLOSED" || !meeting.closedAt) throw new AppError("NOT_FOUND");
  const name = meetingName(meeting.heldAt);
  if (download) {
    await writeAuditBy(getPrisma(), actor, {
      event: "minutes.downloaded",
      entity,
      justification: `Minutes of ${name} downloaded as PDF`,
      recipients: forumRecipients(meeting.attendees),
      detail: { format: "pdf" },
    });
  } else {
    await recordConsultation({
      actor,
      event: "meeting.viewed",
      entity,
      justification: `Minutes of ${name}`,
    });
  }
  return {
    id: meeting.id,
    title: meeting.title,
    heldAt: meeting.heldAt,
    location: meeting.location,
    chairName: meeting.chair.name,
    startedAt: meeting.startedAt,
    closedAt: meeting.closedAt,
    attendees: meeting.attendees.map((a) => ({
      name: a.name,
      organisation: a.organisation,
      status: a.status,
    })),
    items: numberAgendaItems(meeting.agendaItems).map((i) => ({
      id: i.id,
      number: i.number,
      sectionNumber: i.sectionNumber,
      sectionTitle: i.sectionTitle,
      title: i.title,
      discussed: i.discussed,
      note: i.discussionNote,
      caseRef: i.offence?.crimeReference ?? null,
      personName: i.person ? displayName(i.person) : null,
      decisions: i.decisions,
    })),
    actions: meeting.actions.map((a) => ({
      id: a.id,
      title: a.title,
      ownerName: a.owner.name,
      dueOn: a.dueOn,
      status: a.status,
      decisionId: a.decisionId,
      caseRef: a.offence?.crimeReference ?? null,
    })),
  };
}
