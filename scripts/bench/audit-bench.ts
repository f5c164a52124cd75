// `npm run bench -- --only audit`: what an audited request costs others (issue 14). N concurrent
// transactions each write an audit row and then do W ms of further work before committing (as a
// request or an export does), timed with today's unchained insert and with the old design's
// global chain lock held to commit (emulated with the same advisory lock). Then the sealer's
// throughput on a backlog.
import pg from "pg";
import { pgQuery, sealAuditLog } from "../../lib/audit/server/seal-audit-log";

const CONCURRENT = 50;
const WORK_MS = 50;
const BACKLOG = 20_000;

export async function benchAudit(log: (line: string) => void, url: string): Promise<void> {
  const pool = new pg.Pool({ connectionString: url, max: CONCURRENT });
  try {
    // Open every connection first: the bench times the lock, not connection set-up.
    const warm = await Promise.all(Array.from({ length: CONCURRENT }, () => pool.connect()));
    for (const client of warm) client.release();
    const rows: Record<string, string>[] = [];
    for (const design of [
      "unchained insert, sealed later (now)",
      "global chain lock to commit (before issue 14)",
    ]) {
      const oldLock = design.startsWith("global");
      const started = performance.now();
      const each = await Promise.all(
        Array.from({ length: CONCURRENT }, async () => {
          const client = await pool.connect();
          const t = performance.now();
          try {
            await client.query("begin");
            if (oldLock) await client.query("select pg_advisory_xact_lock(20220921)");
            await client.query(
              `insert into "AuditEvent" (category, event, "actorLabel") values ('CONSULTATION', 'person.viewed', 'bench')`,
            );
            await client.query(`select pg_sleep(${WORK_MS / 1000})`);
            await client.query("commit");
            return performance.now() - t;
          } finally {
            client.release();
          }
        }),
      );
      each.sort((a, b) => a - b);
      rows.push({
        design,
        "wall time": `${(performance.now() - started).toFixed(0)} ms`,
        "median request": `${each[Math.floor(each.length / 2)]!.toFixed(0)} ms`,
        "slowest request": `${each[each.length - 1]!.toFixed(0)} ms`,
      });
    }
    log(`${CONCURRENT} concurrent audited transactions, each ${WORK_MS} ms of work after its audit row:`);
    console.table(rows);

    const client = await pool.connect();
    try {
      await sealAuditLog(pgQuery(client));
      await client.query(
        `insert into "AuditEvent" (category, event, "actorLabel", changes)
         select 'CONSULTATION', 'person.viewed', 'bench ' || g, jsonb_build_object('n', g) from generate_series(1, ${BACKLOG}) g`,
      );
      const started = performance.now();
      const sealed = await sealAuditLog(pgQuery(client));
      const ms = performance.now() - started;
      log(
        `sealer: ${sealed.toLocaleString("en-GB")} rows in ${ms.toFixed(0)} ms (${Math.round((sealed / ms) * 1000).toLocaleString("en-GB")} rows/s)`,
      );
    } finally {
      client.release();
    }
  } finally {
    await pool.end();
  }
}
