import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { getPrisma } from "@/lib/db/server/prisma";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/server/require-permission";

export type OfficerChoice = { id: number; name: string };

/** The officers SQL of the filter: anyone who is or has been an officer in charge. */
export const OFFICER_CONDITION = Prisma.sql`(u."role" = 'INVESTIGATOR' OR EXISTS (SELECT 1 FROM "Investigation" i WHERE i."oicId" = u.id))`;

/**
 * The officer-in-charge filter's type-ahead (issue 15: not every officer on every page view):
 * at most 10 officers whose name contains every word typed. Names only, for anyone who may read
 * the offence list (the list shows the same names in its officer column).
 */
export async function findOfficers({
  actor,
  text,
}: {
  actor: Actor;
  text: string;
}): Promise<OfficerChoice[]> {
  await requirePermission(actor, "offences.read");
  const words = officerWords(text);
  if (words.length === 0) return [];
  const each = words.map((w) => Prisma.sql`lower(u."name") LIKE ${`%${likeEscape(w)}%`}`);
  return getPrisma().$queryRaw<OfficerChoice[]>`
    SELECT u.id, u."name" FROM "User" u WHERE ${OFFICER_CONDITION} AND ${Prisma.join(each, " AND ")}
    ORDER BY u."name", u.id LIMIT 10`;
}

/** The words of a typed officer name, lower case: the list's "officer in charge" text filter too. */
export function officerWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w.length > 0)
    .slice(0, 4);
}

export function likeEscape(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
