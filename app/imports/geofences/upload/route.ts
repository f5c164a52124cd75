import { NextResponse, type NextRequest } from "next/server";
import { getActor } from "@/lib/auth/server/get-actor";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { isAppError } from "@/lib/errors";
import { isCrossSite } from "@/lib/security/is-cross-site";
import { readLimitedBody } from "@/lib/imports/read-limited-body";
import { checkGeofenceImport } from "@/lib/geo/server/import-geofences";
import { seeOther } from "@/lib/http/see-other";

// The GeoJSON upload (issue 17): a plain multipart post, answered with a redirect to the dry run's
// report. Nothing is imported here; the report page's button imports exactly what was checked.

export const dynamic = "force-dynamic";
const MAX_BYTES = 10 * 1024 * 1024;

export async function POST(request: NextRequest): Promise<Response> {
  if (isCrossSite(request)) return new NextResponse("Forbidden", { status: 403 });
  const actor = await getActor();
  if (!actor) return seeOther("/auth/session-ended");
  try {
    await requirePermission(actor, "geofences.import");
  } catch (error) {
    if (isAppError(error) && error.code === "FORBIDDEN")
      return new NextResponse("Forbidden", { status: 403 });
    throw error;
  }
  const back = (error: string) => seeOther(`/imports/geofences?error=${error}`);
  if (Number(request.headers.get("content-length") ?? "0") > MAX_BYTES) return back("too-large");
  let form: FormData;
  try {
    const body = await readLimitedBody(request, MAX_BYTES);
    if (body === "too-large") return back("too-large");
    form = await body.formData();
  } catch {
    return back("no-file");
  }
  const file = (name: string) => {
    const value = form.get(name);
    return value instanceof File && value.size > 0 ? value : null;
  };
  const areas = file("areas");
  const hotspots = file("hotspots");
  if (!areas && !hotspots) return back("no-file");
  const { id } = await checkGeofenceImport({
    actor,
    files: {
      areasFile: areas?.name ?? null,
      areasText: areas ? await areas.text() : null,
      hotspotsFile: hotspots?.name ?? null,
      hotspotsText: hotspots ? await hotspots.text() : null,
    },
  });
  return seeOther(`/imports/geofences?check=${id}`);
}
