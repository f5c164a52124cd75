// The people index (/persons, issue 18) at the seed's scale, run with `--only search`: a name, a
// date of birth, a nominal id, filters alone and a deep page. Each listing includes its audit row and
// rate-limit count, as a real one does; a fresh analyst per case keeps the bench under the limit.
import type { PrismaClient } from "../../lib/generated/prisma/client";
import type { Actor } from "../../lib/auth/actor";
import { permissionsFor } from "../../lib/auth/permissions";
import { dayOfDbDate } from "../../lib/dates/day";
import { NO_PERSON_FILTERS, type PersonIndexFilters } from "../../lib/persons/index-filters";
import { listPersons } from "../../lib/persons/server/list-persons";

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
    const bench = await prisma.user.create({
      data: {
        email: `bench-index-${Date.now()}-${i}@captiva.example`,
        name: `Bench ${i}`,
        role: analyst.role,
      },
    });
    const actor: Actor = {
      ...bench,
      permissions: permissionsFor(bench.role),
      sessionKey: "bench",
      address: null,
    };
    const filters = { ...NO_PERSON_FILTERS, ...c.filters };
    await listPersons({ actor, filters, page: c.page }); // warm-up
    const times: number[] = [];
    let total = 0;
    let capped = false;
    for (let r = 0; r < runs; r++) {
      const started = performance.now();
      const index = await listPersons({ actor, filters, page: c.page });
      times.push(performance.now() - started);
      total = index.status === "done" ? index.total : 0;
      capped = index.status === "done" && "totalCapped" in index && index.totalCapped === true;
    }
    times.sort((a, b) => a - b);
    table.push({
      case: c.label,
      total: `${capped ? "> " : ""}${total.toLocaleString("en-GB")}`,
      median: `${times[Math.floor(times.length / 2)]!.toFixed(1)} ms`,
      max: `${times[times.length - 1]!.toFixed(1)} ms`,
    });
    log(`index ${c.label}: median ${table.at(-1)!.median}`);
  }
  log(`listPersons (the people index) at this scale, median of ${runs} runs after one warm-up:`);
  console.table(table);
}
