// `npm run audit:verify`: seals what is settled, recomputes the s.62 audit log's hash chain in
// DATABASE_URL (or the embedded database `npm start` uses), holds it against the signed
// checkpoints in the anchor file (AUDIT_ANCHOR_FILE, default DATA_DIR/audit-anchors.jsonl), and on
// success appends a new checkpoint of the head.
// Exit 0: "audit log intact: N events"; exit 1: where it breaks, or a checkpoint was tampered with.
import { createPrismaClient } from "../lib/db/server/prisma";
import { verifyAuditChain } from "../lib/audit/server/verify-audit-chain";
import { prismaQuery, sealAuditLog } from "../lib/audit/server/seal-audit-log";
import { anchorFileFor, anchorKeyFor, appendCheckpoint, readAnchorFile } from "../lib/audit/anchor";
import { runDatabaseJob } from "./lib/database-job";

runDatabaseJob(async (database, env) => {
  const key = anchorKeyFor(env);
  const file = anchorFileFor(env);
  const db = createPrismaClient(database.url, 2);
  try {
    const sealed = await sealAuditLog(prismaQuery(db));
    const anchors = readAnchorFile(file, key);
    const report = await verifyAuditChain({ db, checkpoints: anchors.checkpoints });
    const lag = report.lag.unsealed
      ? `${report.lag.unsealed} events not sealed yet, the oldest from ${report.lag.oldestAt?.toISOString()}` +
        ` (${Math.round((Date.now() - (report.lag.oldestAt?.getTime() ?? Date.now())) / 1000)} s ago; their transactions are still open)`
      : "none";
    console.log(`sealed now: ${sealed} events; sealing lag: ${lag}`);
    console.log(`checkpoints: ${anchors.checkpoints.length} in ${file}`);
    let code = 0;
    if (anchors.badLines.length) {
      console.log(
        `TAMPERING: anchor file lines ${anchors.badLines.join(", ")} are not checkpoints signed with AUDIT_ANCHOR_KEY (forged, edited or damaged)`,
      );
      code = 1;
    }
    if (!report.ok) {
      console.log(
        `TAMPERING: audit log broken at seq ${report.brokenAtSeq}: ${report.reason} (${report.events} events before it are intact)`,
      );
      return 1;
    }
    console.log(`audit log intact: ${report.events} events`);
    if (report.head) {
      const line = appendCheckpoint(file, key, { ...report.head, at: new Date() });
      console.log(`[audit-anchor] ${line}`);
    }
    return code;
  } finally {
    await db.$disconnect();
  }
});
