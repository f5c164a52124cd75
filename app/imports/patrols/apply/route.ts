import { seeOther } from "@/lib/http/see-other";
import { NextResponse, type NextRequest } from "next/server";
import { isAppError } from "@/lib/errors";
import { postingActor } from "@/lib/http/posting-actor";
import { applyPatrolImport } from "@/lib/patrols/server/apply-patrol-import";

// Imports a checked geofencing extract (issue 17): re-checked in the transaction, all or nothing.

export const dynamic = "force-dynamic";

export async function POST(request: NextRequest): Promise<Response> {
  const actor = await postingActor(request);
  if (actor instanceof Response) return actor;
  const id = Number((await request.formData()).get("run"));
  if (!Number.isInteger(id) || id < 1) return new NextResponse("Not found", { status: 404 });
  try {
    await applyPatrolImport({ actor, runId: id });
  } catch (error) {
    if (isAppError(error) && error.code === "FORBIDDEN")
      return new NextResponse("Forbidden", { status: 403 });
    if (!isAppError(error)) throw error;
  }
  return seeOther(`/imports/patrols?run=${id}`);
}
