import { describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/server/prisma";
import { makeActor, withActors, withTestDatabase } from "@/lib/testing/admin-fixtures";
import { createOffence } from "@/prisma/factories/create-offence";
import { changeHarmWeight } from "@/lib/hotspots/server/change-harm-weight";
import { HARM_WEIGHT_JOIN, HARM_WEIGHT_SQL } from "@/lib/figures/server/harm-sql";
import { listHarmWeights } from "@/lib/hotspots/server/list-harm-weights";
import { day } from "@/prisma/factories/create-reference-data";

// Issue 17: harm comes from a dated weight table an administrator changes (audited), not by hand.

withTestDatabase();

const harmOf = async (id: number) =>
  (
    await getPrisma().$queryRaw<
      [{ w: number }]
    >`SELECT ${HARM_WEIGHT_SQL}::float8 AS w FROM "Offence" o ${HARM_WEIGHT_JOIN} WHERE o.id = ${id}`
  )[0].w;

const actors = withActors({ admin: "ADMIN" });

describe("harm weights", () => {
  it("apply from their date: earlier offences keep the earlier weight; the change is audited", async () => {
    const before = await createOffence(getPrisma(), { offenceCode: "8N", occurredOn: day("2025-03-31") });
    const after = await createOffence(getPrisma(), { offenceCode: "8N", occurredOn: day("2025-04-01") });
    expect(await harmOf(after.id)).toBe(0); // no weight yet: unlisted codes weigh nothing
    await changeHarmWeight({
      actor: actors.admin,
      input: {
        offenceCode: "8N",
        weight: 270,
        effectiveFrom: "2000-01-01",
        source: "Illustrative CCHI",
        reason: "Defaults",
      },
    });
    const { id } = await changeHarmWeight({
      actor: actors.admin,
      input: {
        offenceCode: "8N",
        weight: 300,
        effectiveFrom: "2025-04-01",
        source: "Published CCHI table",
        reason: "The published table",
      },
    });
    expect(await harmOf(before.id)).toBe(270);
    expect(await harmOf(after.id)).toBe(300);
    const audit = await getPrisma().auditEvent.findFirstOrThrow({
      where: { event: "harm-weights.changed", entityId: String(id) },
    });
    expect(audit.actorId).toBe(actors.admin.id);
    expect(JSON.stringify(audit.changes)).toContain("270");
    expect(JSON.stringify(audit.changes)).toContain("The published table");
  });

  it("never rewrites history: a weight starting on or before the code's latest change is refused", async () => {
    await expect(
      changeHarmWeight({
        actor: actors.admin,
        input: {
          offenceCode: "8N",
          weight: 5,
          effectiveFrom: "2024-01-01",
          source: "Back-dated",
          reason: "x",
        },
      }),
    ).rejects.toThrow();
    const rows = await listHarmWeights({ actor: actors.admin, now: new Date("2026-01-01T12:00:00Z") });
    const n8 = rows.find((r) => r.code === "8N")!;
    expect(n8.rows.map((r) => [r.weight, r.effectiveFrom])).toEqual([
      [300, "2025-04-01"],
      [270, "2000-01-01"],
    ]);
    expect(n8.current?.weight).toBe(300);
    expect(n8.current?.addedBy).toBe(actors.admin.name);
  });

  it("refuses a second weight on the same date, and anyone but an administrator", async () => {
    await expect(
      changeHarmWeight({
        actor: actors.admin,
        input: {
          offenceCode: "8N",
          weight: 1,
          effectiveFrom: "2025-04-01",
          source: "Again",
          reason: "Again",
        },
      }),
    ).rejects.toThrow();
    const analyst = (await makeActor("ANALYST")).actor;
    await expect(
      changeHarmWeight({
        actor: analyst,
        input: {
          offenceCode: "8N",
          weight: 1,
          effectiveFrom: "2026-01-01",
          source: "Not mine",
          reason: "Not mine",
        },
      }),
    ).rejects.toThrow();
    await expect(listHarmWeights({ actor: analyst })).rejects.toThrow("permission");
    expect(await getPrisma().harmWeight.count({ where: { offenceCode: "8N" } })).toBe(2);
  });
});
