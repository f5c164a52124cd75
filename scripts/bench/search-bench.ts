// The header search case of `npm run bench -- --only search` (issue 18): every kind of input people
// type, at the seed's scale, as each role that would type it; then the people index and the
// partners' referral list with each of their filters. Target: 300 ms or less for each. Each
// timed search includes its audit row and rate-limit count, as a real one does; a fresh user per
// case keeps the bench under the per-user limit.
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { formatDay, dayOfDbDate } from "../../lib/dates/day";
import { searchEverything } from "../../lib/search/server/search-everything";
import { benchPersonIndex } from "./person-index-bench";
import { benchProviderReferrals } from "./provider-referrals-bench";
import { benchActor, timeRuns } from "./bench-run";

type Case = { label: string; text: string; as: "analyst" | "investigator" | "partner" };

export async function benchSearch(
  log: (line: string) => void,
  prisma: PrismaClient,
  runs: number,
): Promise<void> {
  // A person from the middle of the index, with a nominal id and a forename of 3 letters or more.
  const person = await prisma.person.findFirstOrThrow({
    where: { id: { gte: 500_000 }, rmsRef: { not: null }, mergedIntoId: null, forenames: { not: "" } },
    orderBy: { id: "asc" },
  });
  const offence = await prisma.offence.findFirstOrThrow({
    where: { id: { gte: 300_000 } },
    orderBy: { id: "asc" },
  });
  const intel = await prisma.intelligenceItem.findFirstOrThrow({
    where: { handlingCode: "P" },
    orderBy: { id: "desc" },
  });
  const group = await prisma.group.findFirstOrThrow({ orderBy: { id: "asc" } });
  const meeting = await prisma.meeting.findFirstOrThrow({ orderBy: { heldAt: "desc" } });
  const partner = await prisma.user.findFirstOrThrow({
    where: { role: "PARTNER", providerId: { not: null } },
  });
  const referral = await prisma.referral.findFirstOrThrow({
    where: { providerId: partner.providerId! },
    orderBy: { id: "desc" },
    include: { person: true },
  });
  const forename = person.forenames.split(" ")[0]!;
  const typo = person.surname.slice(0, 2) + person.surname.slice(3); // one letter dropped
  const cases: Case[] = [
    { label: "surname", text: person.surname, as: "investigator" },
    { label: "surname, one letter missing", text: typo, as: "investigator" },
    { label: "forename surname", text: `${forename} ${person.surname}`, as: "investigator" },
    { label: "surname forename (reversed)", text: `${person.surname} ${forename}`, as: "investigator" },
    {
      label: 'surname + 2 letters ("mockridge ja")',
      text: `${person.surname} ${forename.slice(0, 2)}`,
      as: "analyst",
    },
    { label: "two letters", text: forename.slice(0, 2), as: "analyst" },
    { label: "nominal id, whole", text: person.rmsRef!, as: "analyst" },
    { label: "nominal id, part", text: person.rmsRef!.slice(-6), as: "analyst" },
    { label: "crime reference, whole", text: offence.crimeReference, as: "investigator" },
    { label: "crime reference, last 6", text: offence.crimeReference.slice(-6), as: "investigator" },
    { label: "crime reference, year prefix", text: offence.crimeReference.slice(0, 11), as: "investigator" },
    { label: "intelligence reference, whole", text: intel.reference, as: "analyst" },
    { label: "intelligence reference, part", text: intel.reference.slice(-5), as: "analyst" },
    { label: "group name", text: group.name, as: "analyst" },
    { label: "meeting date", text: formatDay(dayOfDbDate(meeting.heldAt)), as: "analyst" },
    { label: "partner: referred person's name", text: referral.person.surname, as: "partner" },
    {
      label: "partner: forename surname",
      text: `${referral.person.forenames.split(" ")[0]} ${referral.person.surname}`,
      as: "partner",
    },
    { label: "partner: two letters", text: referral.person.surname.slice(0, 2), as: "partner" },
    { label: "partner: referral number", text: `R${referral.id}`, as: "partner" },
    { label: "5,000 characters", text: "Mockridge ".repeat(500), as: "analyst" },
  ];

  const users = {
    analyst: await prisma.user.findFirstOrThrow({ where: { role: "ANALYST" } }),
    investigator: await prisma.user.findFirstOrThrow({ where: { role: "INVESTIGATOR" } }),
    partner,
  };
  const table: { case: string; text: string; hits: number; median: string; max: string }[] = [];
  for (const [i, c] of cases.entries()) {
    // A fresh actor id per case: the audit-row count behind the rate limit is per user.
    const user = users[c.as];
    const actor = await benchActor(prisma, "search", i, { role: user.role, providerId: user.providerId });
    const { median, max, last } = await timeRuns(runs, () => searchEverything({ actor, text: c.text }));
    table.push({
      case: `${c.label} (${c.as})`,
      text: c.text.length > 24 ? `${c.text.slice(0, 21)}…` : c.text,
      hits: last?.status === "done" ? last.groups.reduce((n, g) => n + g.hits.length, 0) : 0,
      median,
      max,
    });
    log(`${table.at(-1)!.case}: median ${table.at(-1)!.median}, max ${table.at(-1)!.max}`);
  }
  log(`searchEverything at this scale, median of ${runs} runs after one warm-up (target ≤ 300 ms):`);
  console.table(table);
  await benchPersonIndex(log, prisma, runs);
  await benchProviderReferrals(log, prisma, runs);
}
