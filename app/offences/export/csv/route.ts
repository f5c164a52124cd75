import type { NextRequest } from "next/server";
import { offenceListHref, parseOffenceListQuery } from "@/lib/offences/schemas";
import { exportOffences } from "@/lib/offences/server/export-offences";
import { todayInUk } from "@/lib/dates/day";
import { csvAttachment, missingFieldsPath, readCsvExportRequest } from "@/lib/http/csv-export-request";
import { seeOther } from "@/lib/http/see-other";
import { sealHref } from "@/lib/security/sealed-query";

// The CSV download. A POST from the export page, not a GET: the reason and recipients must not sit
// in URLs (history, proxy logs), and a link or prefetch must never trigger a disclosure.

export const dynamic = "force-dynamic";

export async function POST(request: NextRequest): Promise<Response> {
  const started = await readCsvExportRequest(request);
  if (!started.ok) return started.response;
  const { actor, fields, justification } = started;
  const { query, form } = parseOffenceListQuery(fields);
  if (!justification) {
    const back = offenceListHref(
      { form, sort: query.sort, dir: query.dir, page: 1, size: query.size },
      "/offences/export",
    );
    // The person-name filter goes back sealed, never plain (lib/security/sealed-fields.ts).
    return seeOther(sealHref(actor.id, missingFieldsPath(back, started.missing)));
  }
  return csvAttachment(async () => ({
    csv: await exportOffences({ actor, query, justification }),
    filename: `offences-${todayInUk()}.csv`,
  }));
}
