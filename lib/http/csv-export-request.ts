import "server-only";
import type { NextRequest } from "next/server";
import type { Actor } from "@/lib/auth/actor";
import { postingActor } from "@/lib/http/posting-actor";
import { pathOf, siteUrl } from "@/lib/http/see-other";
import { exportJustificationSchema, type ExportJustification } from "@/lib/offences/schemas";
import { attachmentResponse, refusalResponse } from "@/lib/security/download-response";

// The CSV downloads (the offence list, a figures table, the patrol evaluation) are POSTs from an
// export page, never GETs: the reason and recipients must not sit in URLs (history, proxy logs), and
// a link or prefetch must never make a disclosure. One home for what each download's route does
// before and after its own export.

type Fields = Record<string, string>;

export type CsvExportRequest =
  | { ok: false; response: Response }
  | {
      ok: true;
      actor: Actor;
      fields: Fields;
      /** The reason and recipients, or null with `missing` naming the fields left out. */
      justification: ExportJustification | null;
      missing: string;
    };

/** The signed-in actor, the posted form and the justification the disclosure needs. */
export async function readCsvExportRequest(request: NextRequest): Promise<CsvExportRequest> {
  const actor = await postingActor(request);
  if (actor instanceof Response) return { ok: false, response: actor };
  const fields: Fields = Object.fromEntries(
    [...(await request.formData()).entries()].map(([k, v]) => [k, String(v)]),
  );
  const parsed = exportJustificationSchema.safeParse({
    reason: fields.reason ?? "",
    recipients: fields.recipients ?? "",
  });
  if (parsed.success) return { ok: true, actor, fields, justification: parsed.data, missing: "" };
  const missing = [...new Set(parsed.error.issues.map((i) => String(i.path[0])))].join(",");
  return { ok: true, actor, fields, justification: null, missing };
}

/** The export page again (`href`), saying which justification fields were missing. */
export function missingFieldsPath(href: string, missing: string): string {
  const url = siteUrl(href);
  url.searchParams.set("missing", missing);
  return pathOf(url);
}

/** The export's CSV as an attachment, or the refusal (forbidden, too many downloads at once). */
export async function csvAttachment(
  run: () => Promise<{ filename: string; csv: BodyInit }>,
): Promise<Response> {
  try {
    const { filename, csv } = await run();
    return attachmentResponse(csv, "text/csv; charset=utf-8", filename);
  } catch (error) {
    return refusalResponse(error);
  }
}
