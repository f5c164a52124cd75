import { NextResponse, type NextRequest } from "next/server";
import type { Actor } from "@/lib/auth/actor";
import { isAppError } from "@/lib/errors";
import { postingActor } from "@/lib/http/posting-actor";
import { seeOther } from "@/lib/http/see-other";

/**
 * The apply step of a checked upload (geofences, patrol dosage), re-checked in the import's
 * transaction, all or nothing: the posted id (404 when it is not one), then `apply` and on to the
 * page it names. 403 when the actor may not; an import refused with an expected error goes `back`
 * to the page, which shows why. Anything else is a fault and is thrown.
 */
export async function applyCheckedUpload(
  request: NextRequest,
  field: string,
  apply: (actor: Actor, id: number) => Promise<string>,
  back: (id: number) => string,
): Promise<Response> {
  const actor = await postingActor(request);
  if (actor instanceof Response) return actor;
  const id = Number((await request.formData()).get(field));
  if (!Number.isInteger(id) || id < 1) return new NextResponse("Not found", { status: 404 });
  try {
    return seeOther(await apply(actor, id));
  } catch (error) {
    if (isAppError(error) && error.code === "FORBIDDEN")
      return new NextResponse("Forbidden", { status: 403 });
    if (isAppError(error)) return seeOther(back(id));
    throw error;
  }
}
