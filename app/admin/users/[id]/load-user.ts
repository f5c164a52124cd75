import "server-only";
import { notFound } from "next/navigation";
import { z } from "zod";
import { isAppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import type { UserDetail } from "@/lib/users/types";
import { getUserOrThrow } from "@/lib/users/server/get-user-or-throw";

/** The account named by the URL's `[id]`, or Next's 404 page for a malformed or unknown id. */
export async function loadUser(actor: Actor, rawId: string): Promise<UserDetail> {
  const id = z.coerce.number().int().positive().max(2_147_483_647).safeParse(rawId);
  if (!id.success) notFound();
  try {
    return await getUserOrThrow({ actor, id: id.data });
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}
