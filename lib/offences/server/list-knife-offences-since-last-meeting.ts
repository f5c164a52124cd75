import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getPrisma } from "@/lib/db/server/prisma";
import type { ActorLimit } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { dbDateInUk } from "@/lib/dates/day";
import type { KnifeOffencesSinceLastMeeting } from "@/lib/offences/types";

/** Under 25 (docs/domain.md): the youngest victim was aged under 25 on the day of the offence. */
const U25_BELOW = 25;

/**
 * Knife-used offences with an under-25 victim recorded since the last closed meeting (on or after
 * its day, as the pack counts them): how many, and the most recently recorded `limit`.
 */
export async function listKnifeOffencesSinceLastMeeting({
  actor,
  limit = 10,
}: ActorLimit): Promise<KnifeOffencesSinceLastMeeting> {
  await requirePermission(actor, "offences.read");
  await requirePermission(actor, "meetings.read");
  const prisma = getPrisma();
  const lastMeeting = await prisma.meeting.findFirst({
    where: { status: "CLOSED" },
    orderBy: [{ heldAt: "desc" }, { id: "desc" }],
    select: { id: true, title: true, heldAt: true },
  });
  if (!lastMeeting) return { lastMeeting: null, since: null, total: 0, items: [] };

  const since = dbDateInUk(lastMeeting.heldAt);
  const where = {
    recordedOn: { gte: since },
    knifeUsed: true,
    youngestVictimAge: { lt: U25_BELOW },
  } satisfies Prisma.OffenceWhereInput;
  const [total, rows] = await Promise.all([
    prisma.offence.count({ where }),
    prisma.offence.findMany({
      where,
      orderBy: [{ recordedOn: "desc" }, { id: "desc" }],
      take: limit,
      select: {
        id: true,
        crimeReference: true,
        recordedOn: true,
        youngestVictimAge: true,
        npu: { select: { name: true } },
        offenceType: { select: { description: true } },
      },
    }),
  ]);

  return {
    lastMeeting,
    since,
    total,
    items: rows.map((row) => ({
      id: row.id,
      crimeReference: row.crimeReference,
      offenceDescription: row.offenceType.description,
      recordedOn: row.recordedOn,
      npuName: row.npu.name,
      youngestVictimAge: row.youngestVictimAge,
    })),
  };
}
