// The offence record case of `npm run bench -- --only record` (issue 15: the record in at most 8
// statements). Each section of the record is a page of its own under the record's layout, so each
// row is the layout's header and one section, as a request runs them: the statements sent (the
// same count lib/offences/server/offence-record-statements.integration.test.ts holds to 8 on a small
// database), the time, and the same SQL through node-postgres. The offence is the seed's most linked
// recent one, so every section has rows to read.
import type pg from "pg";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import type { Actor } from "../../lib/auth/actor";
import { getOffenceSummary } from "../../lib/offences/server/get-offence-summary";
import { getOffenceRecord } from "../../lib/offences/server/get-offence-record";
import { getInvestigation } from "../../lib/investigations/server/get-investigation";
import { getOffenceTimeline } from "../../lib/timeline/server/get-offence-timeline";
import { getOffenceIntelligence } from "../../lib/offences/server/get-offence-intelligence";
import { getOffenceInterventions } from "../../lib/offences/server/get-offence-interventions";
import { getOffenceMeetings } from "../../lib/offences/server/get-offence-meetings";
import { captureStatements, replayStatements } from "./sql-replay";

type Section = (input: { actor: Actor; offenceId: number }) => Promise<unknown>;

const SECTIONS: [string, Section][] = [
  ["people", getOffenceRecord],
  ["investigation", getInvestigation],
  ["timeline", getOffenceTimeline],
  ["intelligence", getOffenceIntelligence],
  ["interventions", getOffenceInterventions],
  ["meetings", getOffenceMeetings],
];

export async function benchOffenceRecord(
  log: (line: string) => void,
  options: { prisma: PrismaClient; sql: pg.Client; actor: Actor; runs: number },
): Promise<void> {
  const { prisma, sql, actor, runs } = options;
  const [busiest] = await prisma.$queryRaw<{ offenceId: number; people: bigint }[]>`
    SELECT op."offenceId", count(*) AS people
      FROM "OffencePerson" op
     WHERE op."offenceId" > (SELECT max(id) - 20000 FROM "Offence")
     GROUP BY op."offenceId"
     ORDER BY people DESC, op."offenceId" DESC
     LIMIT 1`;
  const offenceId = busiest!.offenceId;
  const table: Record<string, string | number>[] = [];
  for (const [name, section] of SECTIONS) {
    const page = async () => {
      await getOffenceSummary({ actor, id: offenceId });
      await section({ actor, offenceId });
    };
    // The page and its SQL in turn, so both see the same moments of a shared machine.
    await page(); // Prisma's own set-up is not the page's
    const { statements } = await captureStatements(page);
    const times: [number[], number[]] = [[], []];
    for (let r = -1; r < runs; r++) {
      const started = performance.now();
      await page();
      const pageMs = performance.now() - started;
      const sqlMs = await replayStatements(sql, statements);
      if (r < 0) continue; // the first round warms both up
      times[0].push(pageMs);
      times[1].push(sqlMs);
    }
    const [pageMs, sqlMs] = times.map((t) => t.sort((x, y) => x - y)[Math.floor(t.length / 2)]!) as [
      number,
      number,
    ];
    table.push({
      "header +": name,
      statements: statements.length,
      "target ≤": 8,
      median: `${pageMs.toFixed(1)} ms`,
      slowest: `${times[0].at(-1)!.toFixed(1)} ms`,
      "SQL median": `${sqlMs.toFixed(1)} ms`,
      "page ÷ SQL": (pageMs / sqlMs).toFixed(2),
    });
  }
  log(
    `the offence record of offence ${offenceId} (${busiest!.people} people linked), median of ${runs} runs:`,
  );
  console.table(table);
}
