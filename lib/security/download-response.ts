import "server-only";
import { NextResponse } from "next/server";
import { isAppError } from "@/lib/errors";
import { busyResponse, isDatabaseBusy } from "@/lib/db/database-busy";

// What every file download (CSV export, rejected rows, PDF) answers: the file as an attachment
// that nothing caches or sniffs, or a bare 403/404 that reveals nothing else.

export function attachmentResponse(body: BodyInit, contentType: string, filename: string): Response {
  return new Response(body, {
    headers: {
      "content-type": contentType,
      "content-disposition": `attachment; filename="${filename}"`,
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    },
  });
}

/**
 * A refusal (403), an unknown record (404), too many downloads (429) or an overloaded database
 * (503 with Retry-After) from the data function; any other error is rethrown.
 */
export function refusalResponse(error: unknown): Response {
  if (isDatabaseBusy(error)) return busyResponse();
  if (isAppError(error) && error.code === "FORBIDDEN") return new NextResponse("Forbidden", { status: 403 });
  if (isAppError(error) && error.code === "NOT_FOUND") return new NextResponse("Not found", { status: 404 });
  // Too many downloads at once for this user (lib/security/server/export-slots.ts).
  if (isAppError(error) && error.code === "RATE_LIMITED")
    return new NextResponse(error.message, { status: 429 });
  throw error;
}
