import { beforeAll, describe, expect, it } from "vitest";
import { withTestDatabase } from "@/lib/testing/admin-fixtures";
import { actorFor } from "@/lib/testing/actor-for";
import { getPrisma } from "@/lib/db/server/prisma";
import { getOffenceSummary } from "@/lib/offences/server/get-offence-summary";
import { createOffence } from "@/prisma/factories/create-offence";
import { createInvestigation } from "@/prisma/factories/create-investigation";
import { createUser } from "@/prisma/factories/create-user";
import { day, ensureReferenceData } from "@/prisma/factories/create-reference-data";

// Issue 15: the record's header is one statement now; it must say what the relation reads said.

withTestDatabase();
beforeAll(async () => {
  await ensureReferenceData(getPrisma());
});

describe("the offence record's header", () => {
  it("names the offence type, NPU, hotspot and investigation status", async () => {
    const prisma = getPrisma();
    const analyst = actorFor(await createUser(prisma, { role: "ANALYST" }));
    const offence = await createOffence(prisma, {
      recordedOn: day("2025-06-02"),
      offenceCode: "8N",
      youngestVictimAge: 17,
      hotspot: "HS01",
      npu: "Coventry",
    });
    await createInvestigation(prisma, { offenceId: offence.id, status: "CHARGED" });
    const hotspot = await prisma.hotspot.findFirstOrThrow({ where: { id: offence.hotspotId! } });
    const code = await prisma.offenceCode.findUniqueOrThrow({ where: { code: "8N" } });
    expect(await getOffenceSummary({ actor: analyst, id: offence.id })).toEqual({
      id: offence.id,
      crimeReference: offence.crimeReference,
      offenceCode: "8N",
      offenceDescription: code.description,
      occurredOn: offence.occurredOn,
      recordedOn: day("2025-06-02"),
      npuName: "Coventry",
      hotspotName: hotspot.name,
      located: false,
      recordedHotspotCode: null,
      knifeUsed: offence.knifeUsed,
      domesticAbuse: offence.domesticAbuse,
      underTwentyFive: true,
      investigationStatus: "CHARGED",
    });
  });

  it("has no hotspot, status or age when the offence has none", async () => {
    const prisma = getPrisma();
    const analyst = actorFor(await createUser(prisma, { role: "ANALYST" }));
    const offence = await createOffence(prisma, { youngestVictimAge: null });
    expect(await getOffenceSummary({ actor: analyst, id: offence.id })).toMatchObject({
      hotspotName: null,
      investigationStatus: null,
      underTwentyFive: null,
    });
    // Issue 17: a recorded hotspot code that its point does not bear out is flagged; no point is unplaced.
    const flagged = await createOffence(prisma, { rmsHotspotCode: "HS01", latitude: 52.6, longitude: -1.98 });
    expect(await getOffenceSummary({ actor: analyst, id: flagged.id })).toMatchObject({
      hotspotName: null,
      located: true,
      recordedHotspotCode: "HS01",
    });
    await expect(getOffenceSummary({ actor: analyst, id: 999_999 })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
