// The people index (/persons, issue 18) at the seed's scale, run with `--only search`: a name, a
// date of birth, a nominal id, filters alone and a deep page. Each listing includes its audit row and
// rate-limit count, as a real one does; a fresh analyst per case keeps the bench under the limit.
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { dayOfDbDate } from "../../lib/dates/day";
import { NO_PERSON_FILTERS, type PersonIndexFilters } from "../../lib/persons/index-filters";
import { listPersons } from "../../lib/persons/server/list-persons";
import { benchActor, timeRuns } from "./bench-run";

export async function benchPersonIndex(
  log: (line: string) => void,
  prisma: PrismaClient,
  runs: number,
): Promise<void> {
  const person = await prisma.person.findFirstOrThrow({
    where: { id: { gte: 500_000 }, rmsRef: { not: null }, mergedIntoId: null, dateOfBirth: { not: null } },
    orderBy: { id: "asc" },
  });
  const npu = await prisma.npu.findFirstOrThrow({ where: { name: "Birmingham East" } });
  const typo = person.surname.slice(0, 2) + person.surname.slice(3);
  const cases: { label: string; filters: Partial<PersonIndexFilters>; page?: number }[] = [
    { label: "surname", filters: { q: person.surname } },
    { label: "surname, one letter missing", filters: { q: typo } },
    { label: "date of birth", filters: { dateOfBirth: dayOfDbDate(person.dateOfBirth!) } },
    { label: "nominal id", filters: { q: person.rmsRef! } },
  ];
  // Every filter of the index alone, and with the surname (issue 18: "each answer in 300 ms").
  const filters: [string, Partial<PersonIndexFilters>][] = [
    ["NPU", { npuId: npu.id }],
    ["role victim", { role: "VICTIM" }],
    ["role suspect", { role: "SUSPECT" }],
    ["role witness", { role: "WITNESS" }],
    ["repeat victim", { repeat: "victim" }],
    ["repeat suspect", { repeat: "suspect" }],
    ["under 25", { under25: true }],
    ["group member", { groupMember: true }],
    ["open referral", { openReferral: true }],
  ];
  for (const [label, f] of filters) {
    cases.push({ label, filters: f });
    cases.push({ label: `${label} + surname`, filters: { ...f, q: person.surname } });
  }
  cases.push(
    {
      label: "every filter + surname",
      filters: {
        q: person.surname,
        npuId: npu.id,
        role: "VICTIM",
        repeat: "victim",
        under25: true,
        groupMember: true,
        openReferral: true,
      },
    },
    { label: "NPU + under 25", filters: { npuId: npu.id, under25: true } },
    { label: "NPU + under 25, page 200", filters: { npuId: npu.id, under25: true }, page: 200 },
    { label: "role victim, page 200", filters: { role: "VICTIM" }, page: 200 },
  );
  const analyst = await prisma.user.findFirstOrThrow({ where: { role: "ANALYST" } });
  const table: { case: string; total: string; median: string; max: string }[] = [];
  for (const [i, c] of cases.entries()) {
    const actor = await benchActor(prisma, "index", i, { role: analyst.role });
    const filters = { ...NO_PERSON_FILTERS, ...c.filters };
    const { median, max, last } = await timeRuns(runs, () => listPersons({ actor, filters, page: c.page }));
    const total = last?.status === "done" ? last.total : 0;
    const capped = last?.status === "done" && "totalCapped" in last && last.totalCapped === true;
    table.push({
      case: c.label,
      total: `${capped ? "> " : ""}${total.toLocaleString("en-GB")}`,
      median,
      max,
    });
    log(`index ${c.label}: median ${table.at(-1)!.median}`);
  }
  log(`listPersons (the people index) at this scale, median of ${runs} runs after one warm-up:`);
  console.table(table);
}
