// `npm run db:migrate -- <name>`: writes prisma/migrations/<timestamp>_<name>/ (migration.sql and
// a schema.prisma snapshot) for the changes in prisma/schema.prisma since the latest migration.
// `npm run db:migrate -- check` (or --check) writes nothing and exits 1 when changes are uncovered.
// Works offline: no database is needed (lib/db/migrate/schema-engine.ts).
import { relative } from "node:path";
import { createMigration } from "../../lib/db/migrate/create-migration";
import { describeFailure } from "../../lib/db/migrate/describe-failure";
import { pendingSchemaChanges } from "../../lib/db/migrate/pending-schema-changes";
import { runCommand } from "../lib/run-command";

async function main(): Promise<number> {
  const name = process.argv.slice(2).find((arg) => arg !== "--");
  if (!name) {
    console.error(
      "Usage: npm run db:migrate -- <name>   (lower-case words joined by underscores, e.g. add_offence_notes)",
    );
    console.error(
      "       npm run db:migrate -- check    (exit 1 if prisma/schema.prisma has changes no migration covers)",
    );
    return 2;
  }
  if (name === "check" || name === "--check") {
    const sql = await pendingSchemaChanges();
    if (sql === "") {
      console.log("No changes: the migrations cover prisma/schema.prisma.");
      return 0;
    }
    console.log(sql.trimEnd());
    console.error(
      "\nprisma/schema.prisma has changes no migration covers (SQL above): run npm run db:migrate -- <name>",
    );
    return 1;
  }
  const result = await createMigration(name);
  if (!result.created) {
    console.log("No changes: prisma/schema.prisma matches the latest migration; nothing written.");
    return 0;
  }
  console.log(`Created ${relative(process.cwd(), result.dir)}/migration.sql`);
  if (/^-- (Drop|AlterEnum)|DROP COLUMN|ALTER COLUMN .* TYPE/m.test(result.sql)) {
    console.log(
      "It drops or converts existing data: read it (and add any data migration by hand) before deploying.",
    );
  }
  console.log("Review it, then apply it with: npm run db:deploy");
  return 0;
}

runCommand(main, describeFailure);
