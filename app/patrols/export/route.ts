import type { NextRequest } from "next/server";
import { csvAttachment, missingFieldsPath, readCsvExportRequest } from "@/lib/http/csv-export-request";
import { seeOther } from "@/lib/http/see-other";
import { exportPatrolEvaluation } from "@/lib/patrols/server/export-patrol-evaluation";

// The patrol evaluation's CSV (issue 17). A POST, as for the figures: the reason and recipients
// stay out of URLs, and a link or prefetch never makes a disclosure.

export const dynamic = "force-dynamic";

export async function POST(request: NextRequest): Promise<Response> {
  const started = await readCsvExportRequest(request);
  if (!started.ok) return started.response;
  const { actor, justification } = started;
  if (!justification) return seeOther(missingFieldsPath("/patrols", started.missing));
  return csvAttachment(() => exportPatrolEvaluation({ actor, justification }));
}
