import type { NextRequest } from "next/server";
import { readUploadForm } from "@/lib/imports/server/read-upload-form";
import { checkGeofenceImport } from "@/lib/geo/server/import-geofences";
import { seeOther } from "@/lib/http/see-other";

// The GeoJSON upload (issue 17): a plain multipart post, answered with a redirect to the dry run's
// report. Nothing is imported here; the report page's button imports exactly what was checked.

export const dynamic = "force-dynamic";
const MAX_BYTES = 10 * 1024 * 1024;

export async function POST(request: NextRequest): Promise<Response> {
  const back = (error: string) => seeOther(`/imports/geofences?error=${error}`);
  const upload = await readUploadForm(request, "geofences.import", MAX_BYTES, back);
  if (upload instanceof Response) return upload;
  const file = (name: string) => {
    const value = upload.form.get(name);
    return value instanceof File && value.size > 0 ? value : null;
  };
  const areas = file("areas");
  const hotspots = file("hotspots");
  if (!areas && !hotspots) return back("no-file");
  const { id } = await checkGeofenceImport({
    actor: upload.actor,
    files: {
      areasFile: areas?.name ?? null,
      areasText: areas ? await areas.text() : null,
      hotspotsFile: hotspots?.name ?? null,
      hotspotsText: hotspots ? await hotspots.text() : null,
    },
  });
  return seeOther(`/imports/geofences?check=${id}`);
}
