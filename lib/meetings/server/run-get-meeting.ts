import "server-only";
import type { MeetingOptions } from "@/lib/meetings/meeting-options";
import { ACTION_LINE_SELECT } from "@/lib/meetings/server/meeting-selects";
import type {
  ActionStatus,
  AgendaItemKind,
  AttendanceStatus,
  MeetingStatus,
} from "@/lib/generated/prisma/enums";
import { AppError } from "@/lib/errors";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { getPrisma } from "@/lib/db/server/prisma";
import { displayName } from "@/lib/labels/person-name";
import { numberAgendaItems } from "@/lib/meetings/item-numbers";

export type RunItem = {
  id: number;
  /** The pack's number ("2.3"), from numberAgendaItems. */
  number: string;
  sectionTitle: string;
  position: number;
  kind: AgendaItemKind;
  title: string;
  annotation: string;
  discussed: boolean;
  discussionNote: string;
  version: number;
  offence: { id: number; crimeReference: string } | null;
  person: { id: number; name: string } | null;
  decisions: { id: number; text: string; rationale: string }[];
  actions: { id: number; title: string; ownerName: string; dueOn: Date; status: ActionStatus }[];
};

export type RunMeeting = {
  id: number;
  title: string;
  heldAt: Date;
  location: string;
  status: MeetingStatus;
  version: number;
  startedAt: Date | null;
  attendees: { id: number; name: string; organisation: string; status: AttendanceStatus; version: number }[];
  items: RunItem[];
};

/**
 * Everything the chair's meeting view shows: attendance and every agenda item in pack order (and pack numbers), each with
 * its note, its decisions and the actions raised from them. For the chair (meetings.run), who reads
 * all case data.
 */
export async function runGetMeeting({ actor, meetingId }: MeetingOptions): Promise<RunMeeting> {
  await requirePermission(actor, "meetings.run", { entity: { type: "meeting", id: meetingId } });
  const meeting = await getPrisma().meeting.findUnique({
    where: { id: meetingId },
    include: {
      attendees: { orderBy: { id: "asc" } },
      agendaItems: {
        where: { removedAt: null },
        orderBy: [{ position: "asc" }, { id: "asc" }],
        include: {
          offence: { select: { id: true, crimeReference: true } },
          person: { select: { id: true, surname: true, forenames: true } },
          decisions: {
            orderBy: { id: "asc" },
            include: {
              actions: {
                orderBy: { id: "asc" },
                select: ACTION_LINE_SELECT,
              },
            },
          },
        },
      },
    },
  });
  if (!meeting) throw new AppError("NOT_FOUND");
  return {
    id: meeting.id,
    title: meeting.title,
    heldAt: meeting.heldAt,
    location: meeting.location,
    status: meeting.status,
    version: meeting.version,
    startedAt: meeting.startedAt,
    attendees: meeting.attendees.map((a) => ({
      id: a.id,
      name: a.name,
      organisation: a.organisation,
      status: a.status,
      version: a.version,
    })),
    items: numberAgendaItems(meeting.agendaItems).map((item) => ({
      id: item.id,
      number: item.number,
      sectionTitle: item.sectionTitle,
      position: item.position,
      kind: item.kind,
      title: item.title,
      annotation: item.annotation,
      discussed: item.discussed,
      discussionNote: item.discussionNote,
      version: item.version,
      offence: item.offence,
      person: item.person ? { id: item.person.id, name: displayName(item.person) } : null,
      decisions: item.decisions.map((d) => ({ id: d.id, text: d.text, rationale: d.rationale })),
      actions: item.decisions.flatMap((d) =>
        d.actions.map((a) => ({
          id: a.id,
          title: a.title,
          ownerName: a.owner.name,
          dueOn: a.dueOn,
          status: a.status,
        })),
      ),
    })),
  };
}
