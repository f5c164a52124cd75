import { beforeAll } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { getPrisma } from "@/lib/db/server/prisma";
import { figureWindow } from "@/lib/figures/rules";
import { createOffence, type CreateOffenceInput } from "@/prisma/factories/create-offence";
import { createInvestigation } from "@/prisma/factories/create-investigation";
import { day } from "@/prisma/factories/create-reference-data";
import { youngestVictimAge } from "@/lib/offence-persons/victim-age";

// A small world for the figures' integration tests, as at Thursday 29 February 2024 (a leap day) in
// performance year 2023/24. The expected figures in figures.integration.test.ts and
// figure-links-and-access.integration.test.ts were counted by hand from this list. Ages are the
// youngest victim's on the day it occurred.
//
//    recorded    code  knife  age  NPU               hotspot  outcome (on)
// A  2024-02-29  8N    yes    17   Birmingham East   HS01     1 charged (2024-03-10)
// B  2023-04-01  8N    no     24   Birmingham East   -        no investigation
// C  2023-03-31  5D    no     21   Birmingham East   -        0 not yet assigned
// D  2023-02-28  5D    yes    20   Birmingham East   -        18 no suspect (2023-03-30)
// E  2023-06-15  8N    no     25*  Birmingham East   -        -        (*born 15 Jun 1998: 25 that day)
// F  2023-06-15  34B   yes    24*  Coventry          -        8 community resolution (2023-06-25) (*born 16 Jun 1998)
// G  2023-09-01  1     yes    19   Dudley            -        0 not yet assigned; knife recovered
// H  2023-10-10  2     no     22   Birmingham East   -        15 evidential (2023-10-30)
// I  2023-05-05  3B    yes    18   Birmingham East   -        -        (not a scrutiny category)
// J  2024-03-01  8N    no     17   Birmingham East   -        -        (after the as-at day)
// K  2022-12-01  8N    no     16   Birmingham East   -        1 charged (2023-01-05)
// L  2022-05-05  34A   no     ?    Birmingham East   -        -        (age unknown: never U25)
// M  2023-11-11  8N    no     10   Walsall           HS02     22 diversionary (2023-11-12)
// N1-N5 2023-07-07 8N  no     15   Solihull          -        -
// P  2020-06-01  1     yes    19   Birmingham East   -        -        (domestic abuse; 2020/21, outside every other table)
// Q  2020-07-01  1     yes    20   Birmingham East   -        -        (2020/21)

export const AS_AT = "2024-02-29";

/** The figures' window in the world: the year to AS_AT, as a page opened on 27 November 2026. */
export const FIGURES_WINDOW = figureWindow({ asAt: AS_AT }, "2026-11-27");

/** Registers a beforeAll (after withTestDatabase's) that builds the world in the file's database. */
export function withFiguresWorld(): void {
  beforeAll(async () => {
    await buildFiguresWorld(getPrisma());
  });
}

export async function buildFiguresWorld(prisma: PrismaClient): Promise<Record<string, number>> {
  const ids: Record<string, number> = {};
  const add = async (
    key: string,
    offence: CreateOffenceInput & { on: string },
    outcome?: { code: number; on?: string },
  ) => {
    const { on, ...fields } = offence;
    const created = await createOffence(prisma, { recordedOn: day(on), occurredOn: day(on), ...fields });
    if (outcome) {
      await createInvestigation(prisma, {
        offenceId: created.id,
        outcomeCode: outcome.code,
        outcomeOn: outcome.on ? day(outcome.on) : null,
      });
    }
    ids[key] = created.id;
  };
  const ageOnDay = (born: string, on: string) =>
    youngestVictimAge({
      occurredOn: day(on),
      victims: [{ dateOfBirth: day(born) }],
      reportedVictimAge: null,
    });

  await add(
    "A",
    { on: "2024-02-29", knifeUsed: true, youngestVictimAge: 17, hotspot: "HS01" },
    { code: 1, on: "2024-03-10" },
  );
  await add("B", { on: "2023-04-01", youngestVictimAge: 24 });
  await add("C", { on: "2023-03-31", offenceCode: "5D", youngestVictimAge: 21 }, { code: 0 });
  await add(
    "D",
    { on: "2023-02-28", offenceCode: "5D", knifeUsed: true, youngestVictimAge: 20 },
    { code: 18, on: "2023-03-30" },
  );
  await add("E", { on: "2023-06-15", youngestVictimAge: ageOnDay("1998-06-15", "2023-06-15") });
  await add(
    "F",
    {
      on: "2023-06-15",
      offenceCode: "34B",
      knifeUsed: true,
      youngestVictimAge: ageOnDay("1998-06-16", "2023-06-15"),
      npu: "Coventry",
    },
    { code: 8, on: "2023-06-25" },
  );
  await add(
    "G",
    {
      on: "2023-09-01",
      offenceCode: "1",
      knifeUsed: true,
      knifeRecovered: true,
      youngestVictimAge: 19,
      npu: "Dudley",
    },
    { code: 0 },
  );
  await add(
    "H",
    { on: "2023-10-10", offenceCode: "2", youngestVictimAge: 22 },
    { code: 15, on: "2023-10-30" },
  );
  await add("I", { on: "2023-05-05", offenceCode: "3B", knifeUsed: true, youngestVictimAge: 18 });
  await add("J", { on: "2024-03-01", youngestVictimAge: 17 });
  await add("K", { on: "2022-12-01", youngestVictimAge: 16 }, { code: 1, on: "2023-01-05" });
  await add("L", { on: "2022-05-05", offenceCode: "34A", youngestVictimAge: null });
  await add(
    "M",
    { on: "2023-11-11", youngestVictimAge: 10, npu: "Walsall", hotspot: "HS02" },
    { code: 22, on: "2023-11-12" },
  );
  for (let i = 1; i <= 5; i++)
    await add(`N${i}`, { on: "2023-07-07", youngestVictimAge: 15, npu: "Solihull" });
  await add("P", {
    on: "2020-06-01",
    offenceCode: "1",
    knifeUsed: true,
    domesticAbuse: true,
    youngestVictimAge: 19,
  });
  await add("Q", { on: "2020-07-01", offenceCode: "1", knifeUsed: true, youngestVictimAge: 20 });
  return ids;
}
