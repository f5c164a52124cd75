import { describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/server/prisma";
import { auditRows, makeActor, withActors, withTestDatabase } from "@/lib/testing/admin-fixtures";
import { getAuditChainStatus } from "@/lib/audit-review/server/get-audit-chain-status";
import { checkAuditChain } from "@/lib/audit-review/server/check-audit-chain";
import { sealAll } from "@/lib/testing/seal-all";

withTestDatabase();

const actors = withActors({ admin: "ADMIN" });

describe("audit chain status on the admin home", () => {
  it("verifies a small log on sight, and on request with an audit row of the result", async () => {
    await makeActor("CHAIR"); // a refused call below writes a row: the log is not empty
    const status = await getAuditChainStatus({ actor: actors.admin });
    expect(status).toMatchObject({ state: "ok" });

    const checked = await checkAuditChain({ actor: actors.admin });
    expect(checked).toMatchObject({ state: "ok", events: status.events });
    expect((await auditRows({ event: "audit.chain-verified" })).at(-1)).toMatchObject({
      actorId: actors.admin.id,
      changes: { detail: { ok: true } },
    });
  });

  it("reports where a tampered log breaks", async () => {
    const prisma = getPrisma();
    await checkAuditChain({ actor: actors.admin });
    await sealAll(prisma);
    // Only the table owner can get past the append-only trigger; here that is the test.
    await prisma.$executeRawUnsafe(`alter table "AuditEvent" disable trigger audit_append_only`);
    await prisma.$executeRawUnsafe(`update "AuditEvent" set "justification" = 'tampered' where seq = 1`);
    await prisma.$executeRawUnsafe(`alter table "AuditEvent" enable trigger audit_append_only`);
    expect(await getAuditChainStatus({ actor: actors.admin })).toMatchObject({
      state: "broken",
      brokenAtSeq: "1",
    });
  });

  it("is refused to the chair and everyone else without audit.read", async () => {
    const { actor: chair } = await makeActor("CHAIR");
    await expect(getAuditChainStatus({ actor: chair })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(checkAuditChain({ actor: chair })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
