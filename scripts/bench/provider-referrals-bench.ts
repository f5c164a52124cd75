// The partners' referral list with its filters (/referrals, issue 18) at the seed's scale, run with
// `--only search`: the name (two letters, a surname, a misspelt one, forename and surname), the
// referral number, state and follow-up due, as a partner of the provider with the most referrals.
// Each listing with a name includes its audit row, as a real one does; a fresh partner per case
// keeps the bench under the search limit. Target: 300 ms or less for each.
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { listProviderReferrals } from "../../lib/referrals/server/list-provider-referrals";
import { NO_REFERRAL_FILTERS, type ProviderReferralFilters } from "../../lib/search/referral-filters";
import { benchActor, timeRuns } from "./bench-run";

export async function benchProviderReferrals(
  log: (line: string) => void,
  prisma: PrismaClient,
  runs: number,
): Promise<void> {
  const [busiest] = await prisma.referral.groupBy({
    by: ["providerId"],
    _count: { _all: true },
    orderBy: { _count: { providerId: "desc" } },
    take: 1,
  });
  const providerId = busiest!.providerId;
  const referral = await prisma.referral.findFirstOrThrow({
    where: { providerId },
    orderBy: { id: "desc" },
    include: { person: true },
  });
  const surname = referral.person.surname;
  const forename = referral.person.forenames.split(" ")[0]!;
  const cases: { label: string; filters: Partial<ProviderReferralFilters> }[] = [
    { label: "no filter", filters: {} },
    { label: "two letters", filters: { q: surname.slice(0, 2) } },
    { label: "surname", filters: { q: surname } },
    { label: "surname, one letter missing", filters: { q: surname.slice(0, 2) + surname.slice(3) } },
    { label: "forename surname", filters: { q: `${forename} ${surname}` } },
    { label: "two letters, two letters", filters: { q: `${forename.slice(0, 2)} ${surname.slice(0, 2)}` } },
    { label: "referral number", filters: { q: `R${referral.id}` } },
    { label: "state", filters: { state: "ENGAGED" } },
    { label: "follow-up due", filters: { due: true } },
    { label: "two letters + state", filters: { q: surname.slice(0, 2), state: "COMPLETED" } },
  ];
  const table: { case: string; text: string; total: string; median: string; max: string }[] = [];
  for (const [i, c] of cases.entries()) {
    const actor = await benchActor(prisma, "referrals", i, { role: "PARTNER", providerId });
    const filters = { ...NO_REFERRAL_FILTERS, ...c.filters };
    const { median, max, last } = await timeRuns(runs, () => listProviderReferrals({ actor, filters }));
    table.push({
      case: c.label,
      text: filters.q ?? "",
      total: (last?.total ?? 0).toLocaleString("en-GB"),
      median,
      max,
    });
    log(`referral list ${c.label}: median ${table.at(-1)!.median}`);
  }
  log(
    `listProviderReferrals (a partner's referral list) at this scale, median of ${runs} runs after one warm-up:`,
  );
  console.table(table);
}
