import { NextResponse, type NextRequest } from "next/server";
import { isAppError } from "@/lib/errors";
import { postingActor } from "@/lib/http/posting-actor";
import { applyGeofenceImport } from "@/lib/geo/server/import-geofences";
import { seeOther } from "@/lib/http/see-other";

// Imports a checked GeoJSON upload (issue 17): re-checked in the transaction, all or nothing.

export const dynamic = "force-dynamic";

export async function POST(request: NextRequest): Promise<Response> {
  const actor = await postingActor(request);
  if (actor instanceof Response) return actor;
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
