import type { Metadata } from "next";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FileUpload } from "@/components/forms/file-upload";
import { CheckedUploadReport, UploadAndCheckForm } from "@/components/ui/checked-upload";
import { requirePageActor } from "@/lib/auth/server/require-page-actor";
import { getGeofenceImport } from "@/lib/geo/server/get-geofence-import";
import type { SearchParams } from "@/app/search-params";

const UPLOAD_ERRORS: Record<string, string> = {
  "no-file": "Choose an NPU boundaries file, a hotspots file or both",
  "too-large": "The files must be 10 MB or smaller together",
};

export const metadata: Metadata = { title: "Import geofences" };

/**
 * NPU boundaries and hotspot geofences from GeoJSON (issue 17): checked first (the dry run lists
 * every problem), then imported all or nothing; a redrawn hotspot keeps its earlier geofence.
 */
export default async function GeofenceImportPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePageActor("geofences.import");
  const params = await searchParams;
  const error = typeof params.error === "string" ? UPLOAD_ERRORS[params.error] : undefined;
  const checkId = Number(params.check);
  const run =
    Number.isInteger(checkId) && checkId > 0 ? await getGeofenceImport({ actor, id: checkId }) : null;
  const r = run?.report;
  return (
    <>
      <ErrorSummary errors={error ? [{ fieldId: "areas", message: error }] : []} />
      <h1 className="govuk-heading-l">Import geofences</h1>
      {run && r ? (
        <CheckedUploadReport
          name="geofence"
          imported={run.status === "IMPORTED"}
          headings={["Not imported: fix the files", "Checked"]}
          problems={r.problems}
          problemColumns={[
            { header: "File", cell: (p) => (p.file === "areas" ? run.areasFile : run.hotspotsFile) },
            { header: "Feature", cell: (p) => `${p.feature ?? "—"}${p.code ? ` (${p.code})` : ""}` },
            { header: "Problem", cell: (p) => p.reason },
          ]}
          apply={
            run.status === "CHECKED" && r.problems.length === 0
              ? { action: "/imports/geofences/apply", name: "id", id: run.id, label: "Import" }
              : null
          }
        >
          <li>NPU boundaries: {r.npus}</li>
          <li>
            Hotspots: {r.hotspots.new} new, {r.hotspots.redrawn} redrawn,{" "}
            {r.hotspots.unchanged + r.hotspots.renamed} unchanged or renamed
          </li>
          <li>
            Force area {r.forceAreaKm2.toFixed(1)} km²; hotspots {r.hotspotAreaKm2.toFixed(2)} km²
          </li>
          {r.counts ? (
            <li>
              Offences re-placed by their location: {r.counts.placement.moved} moved of{" "}
              {r.counts.placement.checked}; {r.counts.placement.disagreeWithRms} disagree with their RMS
              hotspot code
            </li>
          ) : null}
        </CheckedUploadReport>
      ) : null}
      <UploadAndCheckForm action="/imports/geofences/upload">
        <p className="govuk-body">
          GeoJSON FeatureCollections in WGS84 longitude/latitude with Polygon or MultiPolygon features. NPU
          boundaries: property <code>npu</code>. Hotspots: <code>code</code>, <code>name</code>,{" "}
          <code>npu</code> and optionally <code>active_from</code>, <code>active_to</code> (YYYY-MM-DD).
          Nothing is imported until you have seen the check.
        </p>
        <FileUpload id="areas" label="NPU boundaries (optional)" accept=".geojson,.json" />
        <FileUpload id="hotspots" label="Hotspot geofences (optional)" accept=".geojson,.json" />
      </UploadAndCheckForm>
    </>
  );
}
