import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { getEnv } from "@/lib/env";

// One client per server process. Created on first use, never at import: `next build` imports
// route modules with no database configured.

const globalForPrisma = globalThis as unknown as { captivaPrisma?: PrismaClient };

export function getPrisma(): PrismaClient {
  if (globalForPrisma.captivaPrisma) return globalForPrisma.captivaPrisma;
  const env = getEnv();
  if (!env.DATABASE_URL) {
    throw new Error("DATABASE_URL is not set: start the app with `npm start`, which provides the database.");
  }
  globalForPrisma.captivaPrisma = createPrismaClient(env.DATABASE_URL, env.DATABASE_POOL_SIZE);
  return globalForPrisma.captivaPrisma;
}

export function createPrismaClient(connectionString: string, max = 10): PrismaClient {
  // pg's pool waits forever for a connection by default; a database restart must fail fast
  // (the ready probe answers 503 within 2 s) rather than hang requests.
  const adapter = new PrismaPg(
    // statement_timeout: a hung query on an open connection must not hold a request for ever.
    // idle_in_transaction_session_timeout: a transaction left open by a stalled request must not
    // hold its locks (and its pool connection) for ever (issue 14).
    {
      connectionString,
      max,
      connectionTimeoutMillis: 2_000,
      idleTimeoutMillis: 30_000,
      statement_timeout: 30_000,
      idle_in_transaction_session_timeout: 60_000,
    },
    { onPoolError: (error) => console.error("database pool error:", error.message) },
  );
  return new PrismaClient({ adapter });
}

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
