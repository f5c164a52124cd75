import { describe, expect, it } from "vitest";
import { withTestDatabase } from "@/lib/testing/admin-fixtures";
import { getPrisma } from "@/lib/db/server/prisma";
import { flush, recordRefusedRequest } from "./record-refused-request";

withTestDatabase();

const refusal = (address: string, path = "/x") =>
  ({
    reason: "cross-origin-action",
    method: "POST",
    path,
    origin: "https://attacker.example",
    address,
  }) as const;

const rows = () =>
  getPrisma().auditEvent.findMany({
    where: { event: "request.refused" },
    orderBy: { id: "asc" },
    select: { address: true, changes: true },
  });

describe("refused requests", () => {
  it("are coalesced into one row per address and reason per window, with the count", async () => {
    for (let i = 0; i < 5; i++) recordRefusedRequest(refusal("203.0.113.7", `/probe-${i}`));
    recordRefusedRequest(refusal("198.51.100.2"));
    recordRefusedRequest({
      ...refusal("203.0.113.7"),
      reason: "middleware-subrequest-header",
      method: "GET",
    });
    await flush();
    const written = await rows();
    expect(written).toHaveLength(3);
    expect(
      written.map((row) => [
        row.address,
        (row.changes as { detail: { reason: string; count: number } }).detail.reason,
        (row.changes as { detail: { count: number } }).detail.count,
      ]),
    ).toEqual([
      ["203.0.113.7", "cross-origin-action", 5],
      ["198.51.100.2", "cross-origin-action", 1],
      ["203.0.113.7", "middleware-subrequest-header", 1],
    ]);
    expect((written[0]!.changes as { detail: { path: string } }).detail.path).toBe("/probe-0");
  });

  it("count a flood from many addresses together past the cap", async () => {
    const before = (await rows()).length;
    for (let i = 0; i < 1_200; i++) recordRefusedRequest(refusal(`10.0.${Math.floor(i / 250)}.${i % 250}`));
    await flush();
    const written = (await rows()).slice(before);
    expect(written).toHaveLength(1_001);
    const overflow = written.find((row) => row.address === "(further addresses)");
    expect((overflow!.changes as { detail: { count: number; addresses: number } }).detail).toMatchObject({
      count: 200,
      addresses: 200,
    });
  });
});
