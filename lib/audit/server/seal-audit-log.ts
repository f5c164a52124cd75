import "server-only";

// Chains the audit rows whose transactions have ended (audit_seal(), migration *_audit_sealer), in
// batches until none is left. Safe to call from anywhere at any time: the database function takes
// a transaction-scoped advisory lock and a second caller simply seals nothing.

/** Anything that can run one SQL query: a pg Client or Pool, or a Prisma client (see sealWithPrisma). */
export type Query = (sql: string) => Promise<{ sealed: number }[]>;

const BATCH = 5_000;

export async function sealAuditLog(query: Query): Promise<number> {
  let total = 0;
  for (;;) {
    const [row] = await query(`select audit_seal(${BATCH}) as sealed`);
    const sealed = Number(row?.sealed ?? 0);
    total += sealed;
    if (sealed < BATCH) return total;
  }
}

/** The same with a Prisma client (audit:verify, tests). */
export const prismaQuery =
  (db: { $queryRawUnsafe: <T>(sql: string) => Promise<T> }): Query =>
  (sql) =>
    db.$queryRawUnsafe<{ sealed: number }[]>(sql);

/** The same with a node-postgres client or pool (the scheduler's own connection). */
export const pgQuery =
  (client: { query: (sql: string) => Promise<{ rows: unknown[] }> }): Query =>
  async (sql) =>
    (await client.query(sql)).rows as { sealed: number }[];
