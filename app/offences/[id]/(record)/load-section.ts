import "server-only";
import { forbidden, notFound } from "next/navigation";
import { z } from "zod";
import { isAppError } from "@/lib/errors";

const offenceId = z.coerce.number().int().positive().max(2_147_483_647);

/** The offence id in the URL, or Next's 404 page for a malformed one. */
export function parseOffenceId(raw: string): number {
  const id = offenceId.safeParse(raw);
  if (!id.success) notFound();
  return id.data;
}

/** Runs a section's data function, answering its NOT_FOUND and FORBIDDEN with Next's 404 and 403 pages. */
export async function loadSection<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    if (isAppError(error) && error.code === "FORBIDDEN") forbidden();
    throw error;
  }
}
