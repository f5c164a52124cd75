import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import pg from "pg";
import { getEnv } from "@/lib/env";
import { takeExportSlot } from "@/lib/security/server/export-slots";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { writeCsvDisclosure } from "@/lib/audit/server/export-disclosure";
import { csvHeader, csvRow } from "@/lib/csv/csv";
import { AppError } from "@/lib/errors";
import { fieldErrorsFromZod } from "@/lib/actions/action-result";
import {
  exportJustificationSchema,
  type ExportJustification,
  type OffenceListQuery,
} from "@/lib/offences/schemas";
import { offenceListWhere } from "@/lib/offences/server/offence-list-where";

const BATCH = 2_000;
/** A client that reads nothing for this long loses its export; the snapshot is released. */
const IDLE_MS = 60_000;
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
 * as a DPA s.62 disclosure with the user's reason and recipients (issue 14):
 * 1. a connection of the export's own (never one of the app's pool) opens a READ ONLY, REPEATABLE
 *    READ transaction: one consistent snapshot, no transaction id, no locks anyone else waits on,
 *    so it holds back neither other requests nor the audit sealer;
 * 2. the disclosure row, with how many rows that snapshot holds, commits in a short transaction
 *    of its own BEFORE anything is sent;
 * 3. rows are read from the snapshot in keyset batches only as the client takes them. A client
 *    that stops reading for IDLE_MS loses its export (idle_in_transaction_session_timeout).
 * At most EXPORTS_PER_USER run at once per user.
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

  const url = getEnv().DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set");
  const release = takeExportSlot(actor.id);
  const snapshot = new pg.Client({
    connectionString: url,
    connectionTimeoutMillis: 5_000,
    statement_timeout: 60_000,
    idle_in_transaction_session_timeout: IDLE_MS,
  });
  snapshot.on("error", () => {}); // a session ended by the idle timeout fails the next read instead
  const end = async () => {
    release();
    await snapshot.end().catch(() => {});
  };

  const where = offenceListWhere(query.filters, actor);
  let total: number;
  try {
    await snapshot.connect();
    await snapshot.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const count = Prisma.sql`SELECT count(*)::int AS total
      FROM "Offence" o LEFT JOIN "Investigation" i ON i."offenceId" = o.id WHERE ${where}`;
    total = (await snapshot.query<{ total: number }>(count.text, count.values)).rows[0]!.total;
    await writeCsvDisclosure({
      actor,
      entity: { type: "offence", id: "list" },
      given: given.data,
      detail: { filters: { ...query.filters }, rows: total },
    });
  } catch (error) {
    await end();
    throw error;
  }

  const encoder = new TextEncoder();
  let after: { recordedOn: string; id: number } | null = null;
  let sentHeader = false;
  let done = false;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          if (!sentHeader) {
            sentHeader = true;
            controller.enqueue(encoder.encode(csvHeader(["OFFICIAL-SENSITIVE"]) + csvRow(COLUMNS)));
            return;
          }
          const rows = done ? [] : await readBatch(snapshot, where, after);
          if (rows.length > 0) {
            controller.enqueue(encoder.encode(rows.map(toCsv).join("")));
            const last = rows[rows.length - 1]!;
            after = { recordedOn: last.recordedOn, id: last.id };
          }
          if (rows.length < BATCH) {
            done = true;
            await snapshot.query("COMMIT").catch(() => {});
            await end();
            controller.close();
          }
        } catch (error) {
          console.error("[export offences] failed:", error instanceof Error ? error.message : error);
          await end();
          controller.error(new AppError("INTERNAL"));
        }
      },
      async cancel() {
        // The recipient stopped reading: the rows already sent stay disclosed (the audit row
        // committed before the first byte).
        await end();
      },
    },
    { highWaterMark: 1 },
  );
}

async function readBatch(
  client: pg.Client,
  where: Prisma.Sql,
  after: { recordedOn: string; id: number } | null,
): Promise<Row[]> {
  const cursor = after
    ? Prisma.sql`AND (o."recordedOn", o.id) < (${after.recordedOn}::date, ${after.id})`
    : Prisma.empty;
  const query = Prisma.sql`SELECT o.id, o."crimeReference",
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
  return (await client.query<Row>(query.text, query.values)).rows;
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
