import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { getPrisma } from "@/lib/db/server/prisma";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { auditActorOf } from "@/lib/audit/events";
import { writeAudit } from "@/lib/audit/server/write-audit";
import { csvHeader, csvRow } from "@/lib/csv/csv";
import { AppError } from "@/lib/errors";
import { fieldErrorsFromZod } from "@/lib/actions/action-result";
import { exportJustificationSchema, type ExportJustification, type OffenceListQuery } from "@/lib/offences/schemas";
import { offenceListWhere } from "@/lib/offences/server/offence-list-where";

const BATCH = 2_000;
const COLUMNS = [
  "Crime reference",
  "Recorded on",
  "Offence code",
  "Offence",
  "NPU",
  "Hotspot",
  "Knife used",
  "Victim under 25",
  "Knife recovered",
  "Investigation status",
  "Outcome code",
  "Officer in charge",
  "Next review",
  "Flagged for scrutiny",
];

type Row = {
  id: number;
  crimeReference: string;
  recordedOn: string;
  offenceCode: string;
  description: string;
  npu: string;
  hotspot: string | null;
  knifeUsed: boolean;
  u25: boolean | null;
  knifeRecovered: boolean;
  status: string | null;
  outcomeCode: number | null;
  oic: string | null;
  nextReviewOn: string | null;
  flagged: boolean | null;
};

/**
 * The filtered offence list as a CSV stream (newest recorded first; the list fields only), audited
 * as a DPA s.62 disclosure with the user's reason and recipients. The audit row is written in the
 * same REPEATABLE READ transaction that reads the rows, so it records exactly how many rows that
 * snapshot disclosed. Rows are read in keyset batches and sent as the client takes them.
 */
export async function exportOffences({
  actor,
  query,
  justification,
}: {
  actor: Actor;
  query: OffenceListQuery;
  justification: ExportJustification;
}): Promise<ReadableStream<Uint8Array>> {
  await requirePermission(actor, "offences.read", { entity: { type: "offence", id: "export" } });
  const given = exportJustificationSchema.safeParse(justification);
  if (!given.success) throw new AppError("VALIDATION", { fieldErrors: fieldErrorsFromZod(given.error) });

  const prisma = getPrisma();
  const where = offenceListWhere(query.filters, actor);
  const encoder = new TextEncoder();
  let wake: (() => void) | null = null;
  let cancelled = false;

  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        const demand = async () => {
          while (!cancelled && (controller.desiredSize ?? 1) <= 0) await new Promise<void>((r) => (wake = r));
        };
        const run = prisma.$transaction(
          async (tx) => {
            const [{ total }] = await tx.$queryRaw<[{ total: number }]>`SELECT count(*)::int AS total
              FROM "Offence" o LEFT JOIN "Investigation" i ON i."offenceId" = o.id WHERE ${where}`;
            await writeAudit(tx, {
              event: "export.downloaded",
              actor: auditActorOf(actor),
              entity: { type: "offence", id: "list" },
              justification: given.data.reason,
              recipients: given.data.recipients,
              detail: { format: "csv", filters: { ...query.filters }, rows: total },
            });
            controller.enqueue(encoder.encode(csvHeader(["OFFICIAL-SENSITIVE"]) + csvRow(COLUMNS)));
            let after: { recordedOn: string; id: number } | null = null;
            while (!cancelled) {
              await demand();
              const cursor = after
                ? Prisma.sql`AND (o."recordedOn", o.id) < (${after.recordedOn}::date, ${after.id})`
                : Prisma.empty;
              const rows: Row[] = await tx.$queryRaw<Row[]>`SELECT o.id, o."crimeReference",
                  to_char(o."recordedOn", 'YYYY-MM-DD') AS "recordedOn", o."offenceCode", oc.description,
                  n.name AS npu, h.name AS hotspot, o."knifeUsed",
                  CASE WHEN o."youngestVictimAge" IS NULL THEN NULL ELSE o."youngestVictimAge" < 25 END AS u25,
                  o."knifeRecovered", i.status::text AS status, i."outcomeCode", u.name AS oic,
                  to_char(i."nextReviewOn", 'YYYY-MM-DD') AS "nextReviewOn", i."flaggedForScrutiny" AS flagged
                FROM "Offence" o
                LEFT JOIN "Investigation" i ON i."offenceId" = o.id
                JOIN "OffenceCode" oc ON oc.code = o."offenceCode"
                JOIN "Npu" n ON n.id = o."npuId"
                LEFT JOIN "Hotspot" h ON h.id = o."hotspotId"
                LEFT JOIN "User" u ON u.id = i."oicId"
                WHERE ${where} ${cursor}
                ORDER BY o."recordedOn" DESC, o.id DESC
                LIMIT ${BATCH}`;
              if (rows.length === 0) break;
              controller.enqueue(encoder.encode(rows.map(toCsv).join("")));
              const last = rows[rows.length - 1]!;
              after = { recordedOn: last.recordedOn, id: last.id };
              if (rows.length < BATCH) break;
            }
          },
          { isolationLevel: Prisma.TransactionIsolationLevel.RepeatableRead, timeout: 10 * 60_000, maxWait: 10_000 },
        );
        run.then(
          () => {
            if (!cancelled) controller.close();
          },
          (error: unknown) => {
            console.error("[export offences] failed:", error);
            if (!cancelled) controller.error(new AppError("INTERNAL"));
          },
        );
      },
      pull() {
        wake?.();
      },
      cancel() {
        // The recipient stopped reading: the rows already sent stay disclosed, so the audit row
        // still commits (the transaction ends normally).
        cancelled = true;
        wake?.();
      },
    },
    { highWaterMark: 2 },
  );
}

const yesNo = (value: boolean | null) => (value === null ? "" : value ? "Yes" : "No");

function toCsv(row: Row): string {
  return csvRow([
    row.crimeReference,
    row.recordedOn,
    row.offenceCode,
    row.description,
    row.npu,
    row.hotspot,
    yesNo(row.knifeUsed),
    yesNo(row.u25),
    yesNo(row.knifeRecovered),
    row.status,
    row.outcomeCode,
    row.oic,
    row.nextReviewOn,
    yesNo(row.flagged),
  ]);
}
