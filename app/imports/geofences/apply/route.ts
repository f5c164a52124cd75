import { NextResponse, type NextRequest } from "next/server";
import { getActor } from "@/lib/auth/server/get-actor";
import { isAppError } from "@/lib/errors";
import { isCrossSite } from "@/lib/security/is-cross-site";
import { applyGeofenceImport } from "@/lib/geo/server/import-geofences";
import { seeOther } from "@/lib/http/see-other";

// Imports a checked GeoJSON upload (issue 17): re-checked in the transaction, all or nothing.

export const dynamic = "force-dynamic";

export async function POST(request: NextRequest): Promise<Response> {
  if (isCrossSite(request)) return new NextResponse("Forbidden", { status: 403 });
  const actor = await getActor();
  if (!actor) return seeOther("/auth/session-ended");
  const id = Number((await request.formData()).get("id"));
  if (!Number.isInteger(id) || id < 1) return new NextResponse("Not found", { status: 404 });
  try {
    const report = await applyGeofenceImport({ actor, id });
    const outcome = report.problems.length ? "refused" : "done";
    return seeOther(`/imports/geofences?check=${id}&${outcome}=1`);
  } catch (error) {
    if (isAppError(error) && error.code === "FORBIDDEN")
      return new NextResponse("Forbidden", { status: 403 });
    if (isAppError(error)) return seeOther(`/imports/geofences?check=${id}`);
    throw error;
  }
}
