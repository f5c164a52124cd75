import "server-only";
import { cache } from "react";
import { getPrisma } from "@/lib/db/server/prisma";

/**
 * Whether the account must replace an administrator-set password before anything else (issue
 * 13.14). Read from the database on every request (cache() only de-duplicates within one), so an
 * approved reset applies on the user's next click.
 */
export const mustChangePassword = cache(async function mustChangePassword(userId: number): Promise<boolean> {
  const row = await getPrisma().user.findUnique({
    where: { id: userId },
    select: { mustChangePassword: true },
  });
  return row?.mustChangePassword ?? false;
});
