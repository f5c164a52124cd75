import { afterAll, beforeAll } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { setEnvForProcess } from "@/lib/env";
import { getPrisma } from "@/lib/db/server/prisma";
import { actorFor } from "@/lib/testing/actor-for";
import type { Role } from "@/lib/generated/prisma/enums";

// Shared by the users-admin and audit-search integration tests: a database of the file's own, and
// accounts with the Actor a request would build for them.

/** Registers beforeAll/afterAll that give the calling test file its own migrated database. */
export function withTestDatabase(): void {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
    (globalThis as { captivaPrisma?: unknown }).captivaPrisma = undefined;
    setEnvForProcess("DATABASE_URL", db.url);
  });
  afterAll(async () => {
    await getPrisma().$disconnect();
    await db.drop();
  });
}

let n = 0;

export async function makeUser(
  role: Role,
  overrides: { name?: string; email?: string; npuId?: number; providerId?: number; disabledAt?: Date } = {},
) {
  n++;
  return getPrisma().user.create({
    data: {
      email: `user${n}.${Date.now()}@captiva.test`,
      name: `${role.toLowerCase()} user ${n}`,
      role,
      ...overrides,
    },
  });
}

/** The Actor a request would build for this account (see actor-for.ts). */
export const actorOf = actorFor;

export async function makeActor(role: Role, overrides: Parameters<typeof makeUser>[1] = {}) {
  const user = await makeUser(role, overrides);
  return { user, actor: actorOf(user) };
}

/** The NPUs and providers the seed would load, enough for role scopes. */
export async function makeReferenceData() {
  const prisma = getPrisma();
  const npu = await prisma.npu.create({ data: { name: `Coventry ${++n}`, areaKm2: 99 } });
  const provider = await prisma.provider.create({
    data: {
      name: `St Giles Trust ${++n}`,
      type: "Charity",
      pathways: [],
      areaCovered: "Force-wide",
      contactRoute: "x@example.org",
    },
  });
  const closedProvider = await prisma.provider.create({
    data: {
      name: `Closed provider ${++n}`,
      type: "Charity",
      pathways: [],
      areaCovered: "None",
      contactRoute: "y@example.org",
      active: false,
    },
  });
  return { npu, provider, closedProvider };
}

export const auditRows = (where: { event?: string; entityType?: string; entityId?: string } = {}) =>
  getPrisma().auditEvent.findMany({ where, orderBy: { id: "asc" } });
