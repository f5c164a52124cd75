import "server-only";
import { postingActor } from "@/lib/http/posting-actor";
import { NextResponse, type NextRequest } from "next/server";
import type { Actor } from "@/lib/auth/actor";
import type { Permission } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { isAppError } from "@/lib/errors";
import { readLimitedBody } from "@/lib/imports/read-limited-body";

// Multipart boundaries and headers take a few hundred bytes beyond the files themselves.
const ENVELOPE_BYTES = 64 * 1024;

/**
 * The start of every file upload route (geofences, patrol dosage): same-site, signed in, holding
 * the permission before a byte of the body is read (a refused role uploads nothing), then the
 * body read with a running count that stops at the limit. A Response when refused; `back(error)`
 * builds the redirect to the form with the reason ("too-large" or "no-file").
 */
export async function readUploadForm(
  request: NextRequest,
  permission: Permission,
  limit: number,
  back: (error: "too-large" | "no-file") => Response,
): Promise<Response | { actor: Actor; form: FormData }> {
  const actor = await postingActor(request);
  if (actor instanceof Response) return actor;
  try {
    await requirePermission(actor, permission, { entity: { type: "import-run", id: "new" } });
  } catch (error) {
    if (isAppError(error) && error.code === "FORBIDDEN")
      return new NextResponse("Forbidden", { status: 403 });
    throw error;
  }
  if (Number(request.headers.get("content-length") ?? "0") > limit + ENVELOPE_BYTES) return back("too-large");
  try {
    const body = await readLimitedBody(request, limit + ENVELOPE_BYTES);
    if (body === "too-large") return back("too-large");
    return { actor, form: await body.formData() };
  } catch {
    return back("no-file");
  }
}
