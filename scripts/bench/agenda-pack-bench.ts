// The agenda pack's share of `npm run bench` (issues 6 and 12): generating the pack for the seed's
// draft meeting (the first run proposes every item, inserted in ONE statement; later runs find
// nothing new, as a regenerate does), building it for the screen (the table items' rows computed
// from the meeting's period), and rendering its PDF. Issue 12's budget: generation ≤ 1 s on the
// national seed. Quote the table in the closing note.
import type { Actor } from "../../lib/auth/actor";
import { getPrisma } from "../../lib/db/server/prisma";
import { packDocument } from "../../lib/meetings/pack-document";
import { generateAgendaPack } from "../../lib/meetings/server/generate-agenda-pack";
import { getAgendaPack } from "../../lib/meetings/server/get-agenda-pack";
import { renderPdf } from "../../lib/pdf/document";
import { timeRuns } from "./bench-run";

type Row = { case: string; result: string; median: string; max: string };

const row = (label: string, result: string, timing: { median: string; max: string }): Row => ({
  case: label,
  result,
  median: timing.median,
  max: timing.max,
});

// No warm-up: the first generation is the case timed, and the later cases follow it.
const noWarmUp = { warmUp: false };

export async function benchAgendaPack({
  analyst,
  chair,
  runs,
}: {
  analyst: Actor;
  chair: Actor;
  runs: number;
}): Promise<Row[]> {
  const meeting = await getPrisma().meeting.findFirstOrThrow({
    where: { status: "DRAFT" },
    orderBy: { heldAt: "asc" },
    select: { id: true },
  });
  const meetingId = meeting.id;
  // Warm the connection pool and the query engine, so "first time" measures the generation, not the start-up.
  await getPrisma().agendaItem.findMany({ where: { meetingId }, take: 1 });
  await getPrisma().offence.count({ where: { knifeUsed: true } });
  const first = await timeRuns(1, () => generateAgendaPack({ actor: analyst, meetingId }), noWarmUp);
  const again = await timeRuns(runs, () => generateAgendaPack({ actor: analyst, meetingId }), noWarmUp);
  const view = await timeRuns(runs, () => getAgendaPack({ actor: chair, meetingId }), noWarmUp);
  const items = view.last!.sections.reduce((n, s) => n + s.items.length, 0);
  const rows = view
    .last!.sections.flatMap((s) => s.items)
    .map((i) =>
      i.facts.kind === "offence-table" || i.facts.kind === "action-table" || i.facts.kind === "referral-table"
        ? i.facts.rows.length
        : 0,
    )
    .reduce((a, b) => a + b, 0);
  const pdf = await timeRuns(
    Math.min(runs, 3),
    async () => (await renderPdf(packDocument(view.last!))).length,
    noWarmUp,
  );
  return [
    row("generate the pack (first time)", `${first.last!.added} items proposed`, first),
    row("generate again (nothing new)", `${again.last!.added} added`, again),
    row("build the pack for the screen", `${items} items, ${rows} table rows`, view),
    row("render the PDF", `${Math.round(pdf.last! / 1024)} KB`, pdf),
  ];
}
