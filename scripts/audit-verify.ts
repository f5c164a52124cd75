// `npm run audit:verify`: recomputes the s.62 audit log's hash chain in DATABASE_URL (or the
// embedded database `npm start` uses). Exit 0: "audit log intact: N events"; exit 1: where it breaks.
import { getEnv } from "../lib/env";
import { describeFailure } from "../lib/db/migrate/describe-failure";
import { createPrismaClient } from "../lib/db/server/prisma";
import { verifyAuditChain } from "../lib/audit/server/verify-audit-chain";
import { openDatabase, type OpenDatabase } from "./lib/database";

async function main(): Promise<number> {
  const env = getEnv();
  let database: OpenDatabase | undefined;
  try {
    database = await openDatabase(env, { ephemeral: false, log: (line) => console.log(`[captiva] ${line}`) });
    const db = createPrismaClient(database.url, 2);
    try {
      const report = await verifyAuditChain({ db });
      if (report.ok) {
        console.log(`audit log intact: ${report.events} events`);
        return 0;
      }
      console.log(`audit log broken at seq ${report.brokenAtSeq}: ${report.reason} (${report.events} events before it are intact)`);
      return 1;
    } finally {
      await db.$disconnect();
    }
  } finally {
    await database?.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(describeFailure(error));
    process.exit(1);
  },
);
