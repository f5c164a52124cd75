import { beforeAll, describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/server/prisma";
import { statementsOf } from "@/lib/testing/sql-statements";
import { withActors, withTestDatabase } from "@/lib/testing/admin-fixtures";
import { createOffence, linkPerson } from "@/prisma/factories/create-offence";
import { createPerson } from "@/prisma/factories/create-person";
import { createInvestigation } from "@/prisma/factories/create-investigation";
import { createReferral } from "@/prisma/factories/create-referral";
import { day } from "@/prisma/factories/create-reference-data";
import { getOffenceSummary } from "@/lib/offences/server/get-offence-summary";
import { getOffenceRecord } from "@/lib/offences/server/get-offence-record";
import { getInvestigation } from "@/lib/investigations/server/get-investigation";
import { getOffenceTimeline } from "@/lib/timeline/server/get-offence-timeline";
import { getOffenceIntelligence } from "@/lib/offences/server/get-offence-intelligence";
import { getOffenceInterventions } from "@/lib/offences/server/get-offence-interventions";
import { getOffenceMeetings } from "@/lib/offences/server/get-offence-meetings";

// Issue 15: the offence record in at most 8 SQL statements (it issued 11: each relation its own
// query, a `WHERE id = NULL` hotspot lookup, the offence read twice). Each section is a page of its
// own under the record's layout, so each count is the layout's header plus that section, as a
// request runs them. Counted where every statement leaves: pg's Client#query, which Prisma's pg
// adapter, raw queries and transactions (BEGIN/COMMIT included) all go through.

const LIMIT = 8;
withTestDatabase();
let offenceId: number;

const actors = withActors({ analyst: "ANALYST" });
beforeAll(async () => {
  const prisma = getPrisma();
  // outside every hotspot: the case that used to look a hotspot up by a null id
  const offence = await createOffence(prisma, { knifeUsed: true, hotspotId: null });
  offenceId = offence.id;
  await createInvestigation(prisma, { offenceId, outcomeCode: 1, outcomeOn: day("2026-10-20") });
  const victim = await createPerson(prisma, { surname: "Statementson", forenames: "Vic" });
  const suspect = await createPerson(prisma, { surname: "Querying", forenames: "Sam" });
  await linkPerson(prisma, offenceId, victim.id, "VICTIM");
  await linkPerson(prisma, offenceId, suspect.id, "SUSPECT");
  // a referral and an update: the timeline's names and lines are read, not skipped
  await createReferral(prisma, { offenceId, personId: victim.id, referringOfficerId: actors.analyst.id });
  const investigation = await prisma.investigation.findUniqueOrThrow({ where: { offenceId } });
  await prisma.investigationUpdate.create({
    data: {
      investigationId: investigation.id,
      authorId: actors.analyst.id,
      body: "Synthetic line of enquiry.",
    },
  });
});

const SECTIONS: [string, () => Promise<unknown>][] = [
  ["people", () => getOffenceRecord({ actor: actors.analyst, offenceId })],
  ["investigation", () => getInvestigation({ actor: actors.analyst, offenceId })],
  ["timeline", () => getOffenceTimeline({ actor: actors.analyst, offenceId })],
  ["intelligence", () => getOffenceIntelligence({ actor: actors.analyst, offenceId })],
  ["interventions", () => getOffenceInterventions({ actor: actors.analyst, offenceId })],
  ["meetings", () => getOffenceMeetings({ actor: actors.analyst, offenceId })],
];

describe("the offence record's SQL statements", () => {
  it.each(SECTIONS)(`the header and the %s section take at most ${LIMIT}`, async (_name, section) => {
    const statements = await statementsOf(async () => {
      await getOffenceSummary({ actor: actors.analyst, id: offenceId });
      await section();
    });
    expect(statements.length, statements.join("\n")).toBeGreaterThan(0);
    expect(statements.length, statements.join("\n")).toBeLessThanOrEqual(LIMIT);
  });
});
