import "server-only";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { recordConsultation } from "@/lib/audit/server/record-consultation";
import { getPrisma } from "@/lib/db/server/prisma";
import { referralAccess } from "@/lib/referrals/server/referral-access";
import { formatDate } from "@/lib/dates/format";
import { auditEntryLines, eventTitle, newestFirst, type TimelineEntry } from "@/lib/timeline/rules";

// Consultations and refusals are about who looked, not what happened to the case: the audit screens
// show those. Intelligence is left out so the timeline never has to apply handling codes.
const TIMELINE_CATEGORIES = ["COLLECTION", "ALTERATION", "COMBINATION", "ERASURE"] as const;

/**
 * Everything that happened to an offence, newest first: the alterations in the audit log (offence and
 * investigation) as sentences, plus facts recorded before the log existed (occurred, recorded,
 * update log entries, referrals). Logs the consultation.
 */
export async function getOffenceTimeline({
  actor,
  offenceId,
}: {
  actor: Actor;
  offenceId: number;
}): Promise<TimelineEntry[]> {
  const entity = { type: "offence", id: offenceId };
  await requirePermission(actor, "offences.read", { entity });
  await requirePermission(actor, "investigations.read", { entity });
  const prisma = getPrisma();
  const offence = await prisma.offence.findUnique({
    where: { id: offenceId },
    select: {
      id: true,
      occurredOn: true,
      recordedOn: true,
      createdAt: true,
      source: true,
      investigation: {
        select: {
          id: true,
          createdAt: true,
          updates: { select: { id: true, body: true, createdAt: true, author: { select: { name: true } } } },
        },
      },
      // The same referrals the Interventions tab shows this actor (issue 13.10).
      referrals: {
        where: referralAccess(actor).where,
        select: {
          id: true,
          referredOn: true,
          provider: { select: { name: true } },
          referringOfficer: { select: { name: true } },
        },
      },
    },
  });
  if (!offence) throw new AppError("NOT_FOUND");
  await recordConsultation({
    actor,
    event: "offence.viewed",
    entity,
    justification: "Opened the offence record: timeline",
  });

  const investigationId = offence.investigation?.id;
  const rows = await prisma.auditEvent.findMany({
    where: {
      category: { in: [...TIMELINE_CATEGORIES] },
      // Notes come from the update log itself (seeded ones have no audit row).
      event: { not: "investigation.note-added" },
      OR: [
        { entityType: "offence", entityId: String(offence.id) },
        ...(investigationId ? [{ entityType: "investigation", entityId: String(investigationId) }] : []),
      ],
    },
    orderBy: { id: "desc" },
    take: 500,
    select: { id: true, occurredAt: true, actorLabel: true, event: true, changes: true },
  });
  const oicIds = rows.flatMap((r) => oicIdsOf(r.changes));
  const officers = oicIds.length
    ? await prisma.user.findMany({ where: { id: { in: oicIds } }, select: { id: true, name: true } })
    : [];
  const names = Object.fromEntries(officers.map((o) => [o.id, o.name]));

  const entries: TimelineEntry[] = rows.map((r) => ({
    key: `audit-${r.id}`,
    at: r.occurredAt,
    title: eventTitle(r.event),
    by: r.actorLabel || null,
    lines: auditEntryLines(r.event, r.changes, names),
  }));
  for (const u of offence.investigation?.updates ?? []) {
    entries.push({
      key: `update-${u.id}`,
      at: u.createdAt,
      title: "Update added",
      by: u.author.name,
      lines: [u.body],
    });
  }
  for (const r of offence.referrals) {
    entries.push({
      key: `referral-${r.id}`,
      at: r.referredOn,
      title: `Referred to ${r.provider.name}`,
      by: r.referringOfficer.name,
      lines: [],
    });
  }
  if (offence.investigation) {
    entries.push({
      key: "investigation-opened",
      at: offence.investigation.createdAt,
      title: "Investigation opened",
      by: null,
      lines: [],
    });
  }
  entries.push({
    key: "recorded",
    at: offence.recordedOn,
    title: `Recorded on ${formatDate(offence.recordedOn)}`,
    by: null,
    lines: offence.source === "IMPORT" ? ["Imported from the RMS extract"] : [],
  });
  entries.push({
    key: "occurred",
    at: offence.occurredOn,
    title: `Offence occurred on ${formatDate(offence.occurredOn)}`,
    by: null,
    lines: [],
  });
  return newestFirst(entries);
}

function oicIdsOf(changes: unknown): number[] {
  const fields = (changes as { fields?: { oicId?: { from?: unknown; to?: unknown } } } | null)?.fields?.oicId;
  return fields ? [fields.from, fields.to].filter((v): v is number => typeof v === "number") : [];
}
