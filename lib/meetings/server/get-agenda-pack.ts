import "server-only";
import type { MeetingOptions } from "@/lib/meetings/meeting-options";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { requireOn } from "@/lib/auth/server/require-permission";
import { recordConsultation } from "@/lib/audit/server/record-consultation";
import { writeAuditBy } from "@/lib/audit/server/write-audit";
import { forumRecipients, meetingName } from "@/lib/meetings/meeting-document";
import type { AgendaPack } from "@/lib/meetings/pack-types";
import { withoutRestrictedCounts } from "@/lib/meetings/rules";
import { intelligenceAccess } from "@/lib/intelligence/server/intel-access";
import { buildAgendaPack } from "@/lib/meetings/server/build-agenda-pack";

export type AgendaPackView = AgendaPack & {
  /** True when this is a published version's frozen text, not the live draft. */
  frozen: boolean;
  versions: { versionNumber: number; publishedAt: Date; publishedBy: string }[];
};

/**
 * The pack for the screen, print view and PDF. A draft is built from the live records; once
 * published, the chosen (default: latest) version's snapshot is shown, so what the forum reads is
 * what was published. Restricted (C-coded) intelligence counts are removed for actors without
 * intel.restricted.read. Opening a pack is a consultation of the case records in it (s.62).
 */
export async function getAgendaPack({
  actor,
  meetingId,
  versionNumber,
  download = false,
}: MeetingOptions & {
  versionNumber?: number;
  /** True for the PDF: a disclosure to the forum's attendees rather than a consultation. */
  download?: boolean;
}): Promise<AgendaPackView> {
  const { entity, prisma } = await requireOn(actor, "meetings.read", "meeting", meetingId);
  const meeting = await prisma.meeting.findUnique({
    where: { id: meetingId },
    select: {
      status: true,
      packVersion: true,
      heldAt: true,
      attendees: { orderBy: { id: "asc" }, select: { name: true, organisation: true } },
      packVersions: {
        orderBy: { versionNumber: "asc" },
        select: {
          versionNumber: true,
          publishedAt: true,
          snapshot: true,
          publishedBy: { select: { name: true } },
        },
      },
    },
  });
  if (!meeting) throw new AppError("NOT_FOUND");
  const wanted = versionNumber ?? (meeting.status === "DRAFT" ? undefined : meeting.packVersion);
  const stored = wanted != null ? meeting.packVersions.find((v) => v.versionNumber === wanted) : undefined;
  if (wanted != null && versionNumber != null && !stored) throw new AppError("NOT_FOUND");
  const pack = stored ? (stored.snapshot as unknown as AgendaPack) : await buildAgendaPack(prisma, meetingId);

  const name = meetingName(meeting.heldAt);
  if (download) {
    await writeAuditBy(prisma, actor, {
      event: "pack.printed",
      entity,
      justification: `Agenda pack (version ${pack.packVersion}${stored ? "" : ", draft"}) downloaded as PDF for ${name}`,
      recipients: forumRecipients(meeting.attendees),
      detail: { format: "pdf", versionNumber: pack.packVersion, frozen: Boolean(stored) },
    });
  } else {
    await recordConsultation({
      actor,
      event: "meeting.viewed",
      entity,
      justification: `Agenda pack for ${name}`,
    });
  }
  return {
    ...forActor(pack, actor),
    status: meeting.status,
    frozen: Boolean(stored),
    versions: meeting.packVersions.map((v) => ({
      versionNumber: v.versionNumber,
      publishedAt: v.publishedAt,
      publishedBy: v.publishedBy.name,
    })),
  };
}

/** The pack's intelligence counts under THE intelligence rule (intel-access.ts): C counts only for those who may read C items. */
function forActor(pack: AgendaPack, actor: Actor): AgendaPack {
  return intelligenceAccess(actor).mayReadRestricted ? pack : withoutRestrictedCounts(pack);
}
