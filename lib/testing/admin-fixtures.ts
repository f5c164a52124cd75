import { afterAll, beforeAll } from "vitest";
import pg from "pg";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { setEnvForProcess, type Env } from "@/lib/env";
import { createPrismaClient, getPrisma, type Db } from "@/lib/db/server/prisma";
import { actorFor } from "@/lib/testing/actor-for";
import type { Role } from "@/lib/generated/prisma/enums";
import { createUser, type CreateUserInput } from "@/prisma/factories/create-user";
import { ensureReferenceData } from "@/prisma/factories/create-reference-data";
import type { Actor } from "@/lib/auth/actor";

// The one home of integration-test setup: a database of the file's own, and accounts with the
// Actor a request would build for them.

type EnvKey = Exclude<keyof Env, "NODE_ENV">;

export type TestDatabaseHandle = TestDatabase & {
  /** A raw pg client on the owner's connection (or `url`), connected now and closed after the file. */
  connect: (url?: string) => Promise<pg.Client>;
  /** A Prisma client of its own (not the app's), closed after the file. */
  client: (poolSize?: number, options?: Parameters<typeof createPrismaClient>[2] & { url?: string }) => Db;
};

// A secret of the required length, so code that signs session cookies runs without a .env file.
const TEST_ENV: Partial<Record<EnvKey, string>> = {
  AUTH_SECRET: "integration-secret-0123456789-abcdefghijklmnop",
  AUTH_URL: "http://localhost:3000",
};

/**
 * Registers beforeAll/afterAll that give the calling test file its own migrated database, and
 * point the app's Prisma client at it (as the runtime role with `asRuntimeRole`, as in
 * production). The handle's fields are filled in once beforeAll has run. Call it before the
 * file's own hooks: they run after it, and their afterAll before the database is dropped.
 */
export function withTestDatabase(
  options: { env?: Partial<Record<EnvKey, string>>; asRuntimeRole?: boolean } = {},
): TestDatabaseHandle {
  const closers: (() => Promise<unknown>)[] = [];
  const handle = {
    connect: async (url = handle.url) => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      closers.push(() => client.end());
      return client;
    },
    client: (poolSize = 2, { url = handle.url, ...pool } = {}) => {
      const db = createPrismaClient(url, poolSize, pool);
      closers.push(() => db.$disconnect());
      return db;
    },
  } as TestDatabaseHandle;
  beforeAll(async () => {
    Object.assign(handle, await createTestDatabase());
    (globalThis as { captivaPrisma?: unknown }).captivaPrisma = undefined;
    const url = options.asRuntimeRole ? (handle.runtimeUrl ?? handle.url) : handle.url;
    for (const [key, value] of Object.entries({ ...TEST_ENV, ...options.env, DATABASE_URL: url }))
      setEnvForProcess(key as EnvKey, value!);
  });
  afterAll(async () => {
    await Promise.all(closers.map((close) => close()));
    const app = (globalThis as { captivaPrisma?: Db }).captivaPrisma;
    await app?.$disconnect();
    await handle.drop?.();
  });
  return handle;
}

/**
 * The accounts a whole test file shares, by the name the tests use: one beforeAll (registered
 * after withTestDatabase's, so the database is there) loads the seed's reference data and makes
 * the accounts in the order given (a role, or createUser's input); the returned record holds
 * their Actors once it has run.
 */
export function withActors<K extends string>(accounts: Record<K, Role | CreateUserInput>): Record<K, Actor> {
  const actors = {} as Record<K, Actor>;
  beforeAll(async () => {
    const prisma = getPrisma();
    await ensureReferenceData(prisma);
    for (const [key, account] of Object.entries(accounts) as [K, Role | CreateUserInput][]) {
      const input = typeof account === "string" ? { role: account } : account;
      if (input.role === "PARTNER") input.provider ??= PARTNER_PROVIDER;
      actors[key] = actorFor(await createUser(prisma, input));
    }
  });
  return actors;
}

/** A partner account always belongs to a provider: the seed's St Giles Trust unless told. */
const PARTNER_PROVIDER = "St Giles Trust";

/**
 * The Actor of a new account of this role, a partner belonging to `provider`: for the tests that
 * try one call as each role it must refuse.
 */
export async function makeRoleActor(role: Role, provider = PARTNER_PROVIDER): Promise<Actor> {
  return actorFor(
    await createUser(getPrisma(), { role, provider: role === "PARTNER" ? provider : undefined }),
  );
}

/** One account of each role, by the names the tests use (the partner at St Giles Trust). */
export const ONE_OF_EACH_ROLE = {
  chair: "CHAIR",
  analyst: "ANALYST",
  investigator: "INVESTIGATOR",
  partner: "PARTNER",
  admin: "ADMIN",
} as const;

let n = 0;

/** An account of this role (prisma/factories' createUser, the one user factory). */
export async function makeUser(role: Role, overrides: Omit<CreateUserInput, "role"> = {}) {
  return createUser(getPrisma(), { role, ...overrides });
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

/** Registers a beforeAll making makeReferenceData's NPU and providers; the record holds them once it has run. */
export function withReferenceData(): Awaited<ReturnType<typeof makeReferenceData>> {
  const ref = {} as Awaited<ReturnType<typeof makeReferenceData>>;
  beforeAll(async () => {
    Object.assign(ref, await makeReferenceData());
  });
  return ref;
}

export const auditRows = (where: { event?: string; entityType?: string; entityId?: string } = {}) =>
  getPrisma().auditEvent.findMany({ where, orderBy: { id: "asc" } });

/** How many times this account has been refused access (the `access.refused` audit rows). */
export const refusalsOf = (actor: Pick<Actor, "id">) =>
  getPrisma().auditEvent.count({ where: { event: "access.refused", actorId: actor.id } });
