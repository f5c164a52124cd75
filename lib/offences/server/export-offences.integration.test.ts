import { beforeAll, describe, expect, it } from "vitest";
import { withActors, withTestDatabase } from "@/lib/testing/admin-fixtures";
import { actorFor } from "@/lib/testing/actor-for";
import { getPrisma } from "@/lib/db/server/prisma";
import { AppError } from "@/lib/errors";
import { parseOffenceListQuery } from "@/lib/offences/schemas";
import { exportOffences } from "@/lib/offences/server/export-offences";
import { createOffence } from "@/prisma/factories/create-offence";
import { createInvestigation } from "@/prisma/factories/create-investigation";
import { createUser } from "@/prisma/factories/create-user";
import { day } from "@/prisma/factories/create-reference-data";
import { recordConsultation } from "@/lib/audit/server/record-consultation";
import { prismaQuery, sealAuditLog } from "@/lib/audit/server/seal-audit-log";

// As the app runs: the runtime role (the export opens its own connection with this URL too).
withTestDatabase({ asRuntimeRole: true });
const actors = withActors({ analyst: "ANALYST", chair: "CHAIR" });
beforeAll(async () => {
  const prisma = getPrisma();
  for (let i = 0; i < 5; i++) {
    const o = await createOffence(prisma, {
      recordedOn: day(`2025-0${i + 1}-15`),
      knifeUsed: i % 2 === 0,
      npu: "Coventry",
    });
    await createInvestigation(prisma, { offenceId: o.id, status: "OPEN" });
  }
  await createOffence(prisma, { recordedOn: day("2025-06-01"), knifeUsed: true, npu: "Dudley" });
});

const justification = { reason: "Figures for the December meeting", recipients: "SYV Superintendent" };

describe("exportOffences", () => {
  it("streams the filtered list as CSV and records the disclosure with reason, recipients and row count", async () => {
    const query = parseOffenceListQuery({ knife: "yes" }).query;
    const bytes = await new Response(
      await exportOffences({ actor: actors.analyst, query, justification }),
    ).arrayBuffer();
    // ignoreBOM keeps the byte-order mark Excel needs, so the test can see it.
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
    const lines = text.split("\r\n").filter(Boolean);
    expect(lines[0]).toBe("\uFEFFOFFICIAL-SENSITIVE");
    expect(lines[1]).toMatch(/^Crime reference,Recorded on,/);
    expect(lines.slice(2).map((l) => l.split(",")[1])).toEqual([
      "2025-06-01",
      "2025-05-15",
      "2025-03-15",
      "2025-01-15",
    ]);
    expect(lines[2]).toContain(",Dudley,");

    const audit = await getPrisma().auditEvent.findFirst({
      where: { event: "export.downloaded" },
      orderBy: { id: "desc" },
    });
    expect(audit).toMatchObject({
      category: "DISCLOSURE",
      actorId: actors.analyst.id,
      justification: justification.reason,
      recipients: justification.recipients,
      changes: { detail: { format: "csv", rows: 4, filters: { knife: true } } },
    });
  });

  it("exports every offence when there is no filter", async () => {
    const query = parseOffenceListQuery({}).query;
    const text = await new Response(
      await exportOffences({ actor: actors.analyst, query, justification }),
    ).text();
    expect(text.split("\r\n").filter(Boolean)).toHaveLength(2 + 6);
  });

  it("refuses without a reason or recipients, and writes nothing", async () => {
    const before = await getPrisma().auditEvent.count({ where: { event: "export.downloaded" } });
    await expect(
      exportOffences({
        actor: actors.analyst,
        query: parseOffenceListQuery({}).query,
        justification: { reason: " ", recipients: "" },
      }),
    ).rejects.toSatisfy((e) => e instanceof AppError && e.code === "VALIDATION");
    expect(await getPrisma().auditEvent.count({ where: { event: "export.downloaded" } })).toBe(before);
  });

  it.each(["PARTNER", "ADMIN"] as const)("refuses a %s", async (role) => {
    const user = actorFor(await createUser(getPrisma(), { role }));
    await expect(
      exportOffences({ actor: user, query: parseOffenceListQuery({}).query, justification }),
    ).rejects.toSatisfy((e) => e instanceof AppError && e.code === "FORBIDDEN");
    expect(
      await getPrisma().auditEvent.count({ where: { actorId: user.id, event: "export.downloaded" } }),
    ).toBe(0);
  });

  it("holds nothing others need while a client reads nothing: another user's audited request completes, and is sealed", async () => {
    const query = parseOffenceListQuery({}).query;
    const stream = await exportOffences({ actor: actors.analyst, query, justification }); // nobody reads it
    const snapshots = () =>
      getPrisma().$queryRaw<{ n: number }[]>`select count(*)::int as n from pg_stat_activity
        where datname = current_database() and state = 'idle in transaction' and query like 'SELECT count(*)::int AS total%'`;
    try {
      expect((await snapshots())[0]!.n).toBe(1);
      // Under the old design the export held the audit chain's lock until it ended, so this waited
      // for it (30 s statement timeout). Now it completes while the export is still open.
      await recordConsultation({
        actor: actors.chair,
        event: "person.viewed",
        entity: { type: "person", id: "7" },
        justification: "Forum",
      });
      expect((await snapshots())[0]!.n).toBe(1);
      const row = await getPrisma().auditEvent.findFirstOrThrow({
        where: { actorId: actors.chair.id, event: "person.viewed" },
      });
      // The export's snapshot has no transaction id, so it does not hold the sealer back either.
      for (let i = 0; i < 600; i++) {
        await sealAuditLog(prismaQuery(getPrisma()));
        if ((await getPrisma().auditEvent.findUniqueOrThrow({ where: { id: row.id } })).seq !== null) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      expect((await getPrisma().auditEvent.findUniqueOrThrow({ where: { id: row.id } })).seq).not.toBeNull();
      expect((await snapshots())[0]!.n).toBe(1);
    } finally {
      await stream.cancel();
    }
    expect((await snapshots())[0]!.n).toBe(0);
  });

  it("writes the disclosure row before the first byte is read", async () => {
    const before = await getPrisma().auditEvent.count({
      where: { event: "export.downloaded", actorId: actors.analyst.id },
    });
    const stream = await exportOffences({
      actor: actors.analyst,
      query: parseOffenceListQuery({}).query,
      justification,
    });
    expect(
      await getPrisma().auditEvent.count({
        where: { event: "export.downloaded", actorId: actors.analyst.id },
      }),
    ).toBe(before + 1);
    await stream.cancel();
  });

  it("caps the exports one user runs at once; other users are not affected", async () => {
    const query = parseOffenceListQuery({}).query;
    const first = await exportOffences({ actor: actors.analyst, query, justification });
    const second = await exportOffences({ actor: actors.analyst, query, justification });
    try {
      await expect(exportOffences({ actor: actors.analyst, query, justification })).rejects.toSatisfy(
        (e) => e instanceof AppError && e.code === "RATE_LIMITED",
      );
      const other = await exportOffences({ actor: actors.chair, query, justification });
      expect((await new Response(other).text()).split("\r\n").filter(Boolean)).toHaveLength(2 + 6);
    } finally {
      await first.cancel();
    }
    // A finished or abandoned export gives its slot back.
    const third = await exportOffences({ actor: actors.analyst, query, justification });
    await third.cancel();
    await second.cancel();
  });
});
