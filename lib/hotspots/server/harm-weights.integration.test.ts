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

/** A weight for 8N from `effectiveFrom`, changed by the administrator unless `actor` is given. */
const change8N = (
  weight: number,
  effectiveFrom: string,
  source: string,
  reason = source,
  actor = actors.admin,
) => changeHarmWeight({ actor, input: { offenceCode: "8N", weight, effectiveFrom, source, reason } });

describe("harm weights", () => {
  it("apply from their date: earlier offences keep the earlier weight; the change is audited", async () => {
    const before = await createOffence(getPrisma(), { offenceCode: "8N", occurredOn: day("2025-03-31") });
    const after = await createOffence(getPrisma(), { offenceCode: "8N", occurredOn: day("2025-04-01") });
    expect(await harmOf(after.id)).toBe(0); // no weight yet: unlisted codes weigh nothing
    await change8N(270, "2000-01-01", "Illustrative CCHI", "Defaults");
    const { id } = await change8N(300, "2025-04-01", "Published CCHI table", "The published table");
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
    await expect(change8N(5, "2024-01-01", "Back-dated", "x")).rejects.toThrow();
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
    await expect(change8N(1, "2025-04-01", "Again")).rejects.toThrow();
    const analyst = (await makeActor("ANALYST")).actor;
    await expect(change8N(1, "2026-01-01", "Not mine", "Not mine", analyst)).rejects.toThrow();
    await expect(listHarmWeights({ actor: analyst })).rejects.toThrow("permission");
    expect(await getPrisma().harmWeight.count({ where: { offenceCode: "8N" } })).toBe(2);
  });
});
