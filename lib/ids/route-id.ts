import "server-only";
import { forbidden, notFound } from "next/navigation";
import { isAppError } from "@/lib/errors";
import { parseRecordId } from "@/lib/ids/record-id";

// Pages named by a record (`app/**/[id]/…`) all do the same: refuse a malformed id with the 404
// page (rather than querying nonsense), and answer the data function's NOT_FOUND and FORBIDDEN with
// Next's 404 and 403 pages. Here once.

/** The record id of a URL segment, or Next's 404 page for a malformed one. */
export function routeId(raw: string): number {
  const id = parseRecordId(raw);
  if (id === null) notFound();
  return id;
}

/** Runs a page's data function, answering NOT_FOUND and FORBIDDEN with Next's 404 and 403 pages. */
export async function loadOrNotFound<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    if (isAppError(error) && error.code === "FORBIDDEN") forbidden();
    throw error;
  }
}

/** The record named by a URL segment: `routeId` then `loadOrNotFound`. */
export async function loadRoute<T>(raw: string, load: (id: number) => Promise<T>): Promise<T> {
  const id = routeId(raw);
  return loadOrNotFound(() => load(id));
}
