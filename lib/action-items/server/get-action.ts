import "server-only";
import type { ActionStatus } from "@/lib/generated/prisma/enums";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { refuseAccess } from "@/lib/auth/server/refuse-access";
import { getPrisma } from "@/lib/db/server/prisma";
import { todayInUk } from "@/lib/dates/day";
import { displayName } from "@/lib/labels/person-name";
import { actionRag, isAwaitingReview, type Rag } from "@/lib/action-items/rules";

export type ActionDetail = {
  id: number;
  version: number;
  title: string;
  description: string;
  owner: { id: number; name: string };
  raisedByName: string;
  dueOn: Date;
  status: ActionStatus;
  awaitingReview: boolean;
  rag: Rag | null;
  resultNote: string | null;
  notPossibleReason: string | null;
  timesCarried: number;
  escalatedAt: Date | null;
  closedAt: Date | null;
  createdAt: Date;
  meeting: { id: number; title: string } | null;
  decision: { id: number; text: string } | null;
  /** Case links: only for actors who read cases (a partner owner sees neither). */
  offence: { id: number; crimeReference: string } | null;
  person: { id: number; name: string } | null;
  updates: { id: number; authorName: string; note: string; createdAt: Date }[];
};

/**
 * One action with its update history. The chair and analysts see every action; anyone else only
 * their own (another's answers NOT_FOUND, audited), and a partner never the linked case or person.
 */
export async function getAction({
  actor,
  id,
  now = new Date(),
}: {
  actor: Actor;
  id: number;
  now?: Date;
}): Promise<ActionDetail> {
  const entity = { type: "action-item", id };
  const readsAll = can(actor, "actions.read");
  if (!readsAll) await requirePermission(actor, "actions.read.own", { entity });
  const readsCases = can(actor, "offences.read") && can(actor, "persons.read");
  const row = await getPrisma().actionItem.findUnique({
    where: { id },
    include: {
      owner: { select: { id: true, name: true } },
      raisedBy: { select: { name: true } },
      meeting: { select: { id: true, title: true } },
      decision: { select: { id: true, text: true } },
      offence: { select: { id: true, crimeReference: true } },
      person: { select: { id: true, surname: true, forenames: true } },
      updates: {
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        include: { author: { select: { name: true } } },
      },
    },
  });
  if (!row) throw new AppError("NOT_FOUND");
  if (!readsAll && row.ownerId !== actor.id)
    return refuseAccess({ actor, entity, reason: "not the action's owner", code: "NOT_FOUND" });
  return {
    id: row.id,
    version: row.version,
    title: row.title,
    description: row.description,
    owner: row.owner,
    raisedByName: row.raisedBy.name,
    dueOn: row.dueOn,
    status: row.status,
    awaitingReview: isAwaitingReview(row),
    rag: actionRag(row, todayInUk(now)),
    resultNote: row.resultNote,
    notPossibleReason: row.notPossibleReason,
    timesCarried: row.timesCarried,
    escalatedAt: row.escalatedAt,
    closedAt: row.closedAt,
    createdAt: row.createdAt,
    meeting: row.meeting,
    decision: readsCases ? row.decision : null,
    offence: readsCases ? row.offence : null,
    person: readsCases && row.person ? { id: row.person.id, name: displayName(row.person) } : null,
    updates: row.updates.map((u) => ({
      id: u.id,
      authorName: u.author.name,
      note: u.note,
      createdAt: u.createdAt,
    })),
  };
}
