import "server-only";
import type { OffenceOptions } from "@/lib/offences/offence-options";
import { openOffenceSection } from "@/lib/offences/server/open-offence-section";
import { getPrisma } from "@/lib/db/server/prisma";
import { referralAccess } from "@/lib/auth/server/referral-access";
import { formatDate } from "@/lib/dates/format";
import { auditEntryLines, eventTitle, newestFirst, type TimelineEntry } from "@/lib/timeline/rules";

// Consultations and refusals are about who looked, not what happened to the case: the audit screens
// show those. Intelligence is left out so the timeline never has to apply handling codes.
const TIMELINE_CATEGORIES = ["COLLECTION", "ALTERATION", "COMBINATION", "ERASURE"] as const;

/** One row per update of the investigation (the update's columns NULL when it has none). */
type InvestigationLine = {
  id: number;
  createdAt: Date;
  updateId: number | null;
  body: string | null;
  updatedAt: Date | null;
  authorName: string | null;
};

/**
 * Everything that happened to an offence, newest first: the alterations in the audit log (offence and
 * investigation) as sentences, plus facts recorded before the log existed (occurred, recorded,
 * update log entries, referrals). Logs the consultation.
 */
export async function getOffenceTimeline({ actor, offenceId }: OffenceOptions): Promise<TimelineEntry[]> {
  // Issue 15: the record in at most 8 statements. Prisma reads each nested relation with a query of
  // its own (even for none), so the investigation and its updates come in one join, and every name
  // the timeline shows (providers, referring officers, officers in charge) in one read at the end.
  const offence = await openOffenceSection({
    actor,
    offenceId,
    section: "timeline",
    permissions: ["offences.read", "investigations.read"],
    select: {
      id: true,
      occurredOn: true,
      recordedOn: true,
      createdAt: true,
      source: true,
      // The same referrals the Interventions tab shows this actor (issue 13.10).
      referrals: {
        where: referralAccess(actor).where,
        select: { id: true, referredOn: true, providerId: true, referringOfficerId: true },
      },
    },
  });
  const prisma = getPrisma();

  const lines = await prisma.$queryRaw<InvestigationLine[]>`
    SELECT i.id, i."createdAt", u.id AS "updateId", u.body, u."createdAt" AS "updatedAt", a.name AS "authorName"
    FROM "Investigation" i
    LEFT JOIN "InvestigationUpdate" u ON u."investigationId" = i.id
    LEFT JOIN "User" a ON a.id = u."authorId"
    WHERE i."offenceId" = ${offence.id}`;
  const investigation = lines[0] ? { id: lines[0].id, createdAt: lines[0].createdAt } : null;
  const investigationId = investigation?.id;
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
  const userIds = [
    ...rows.flatMap((r) => oicIdsOf(r.changes)),
    ...offence.referrals.map((r) => r.referringOfficerId),
  ];
  const providerIds = offence.referrals.map((r) => r.providerId);
  const named =
    userIds.length || providerIds.length
      ? await prisma.$queryRaw<{ kind: "user" | "provider"; id: number; name: string }[]>`
          SELECT 'user' AS kind, id, name FROM "User" WHERE id = ANY(${userIds}::int[])
          UNION ALL
          SELECT 'provider' AS kind, id, name FROM "Provider" WHERE id = ANY(${providerIds}::int[])`
      : [];
  const names = Object.fromEntries(named.filter((n) => n.kind === "user").map((o) => [o.id, o.name]));
  const providers = new Map(named.filter((n) => n.kind === "provider").map((p) => [p.id, p.name]));

  const entries: TimelineEntry[] = rows.map((r) => ({
    key: `audit-${r.id}`,
    at: r.occurredAt,
    title: eventTitle(r.event),
    by: r.actorLabel || null,
    lines: auditEntryLines(r.event, r.changes, names),
  }));
  for (const u of lines) {
    if (u.updateId === null) continue;
    entries.push({
      key: `update-${u.updateId}`,
      at: u.updatedAt!,
      title: "Update added",
      by: u.authorName,
      lines: [u.body!],
    });
  }
  for (const r of offence.referrals) {
    entries.push({
      key: `referral-${r.id}`,
      at: r.referredOn,
      title: `Referred to ${providers.get(r.providerId)}`,
      by: names[r.referringOfficerId] ?? null,
      lines: [],
    });
  }
  if (investigation) {
    entries.push({
      key: "investigation-opened",
      at: investigation.createdAt,
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
