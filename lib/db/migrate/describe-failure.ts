import { EnvError } from "../../env";
import { EmbeddedDbError } from "../embedded-postgres";

// Scripts end with one line saying what went wrong and what to do, never a stack trace. The
// engine's messages carry a Rust span trace ("0: sql_schema_connector::…") that helps nobody here.

export function describeFailure(error: unknown): string {
  if (error instanceof EnvError) return flatten(error.message);
  if (error instanceof EmbeddedDbError) return flatten(error.message);
  if (!(error instanceof Error)) return String(error);

  const code = (error as { code?: unknown }).code;
  if (code === "P3009") {
    const name = /The `([^`]+)` migration/.exec(error.message)?.[1] ?? "<name>";
    return (
      `Migration ${name} failed on an earlier run, so no further migrations are applied. Fix its SQL, ` +
      `then run: npm run db:deploy -- --rolled-back ${name}`
    );
  }
  const failedMigration = /migration_name="([^"]+)"/.exec(error.message)?.[1];
  const summary = flatten(
    error.message
      .split("\n")
      .filter((line) => !/^\s+(\d+:|with |at )/.test(line) && line.trim() !== "external connector error")
      .join("\n"),
  );
  if (failedMigration) {
    return (
      `Migration ${failedMigration} failed and was rolled back: ${summary} Fix its SQL, then run: ` +
      `npm run db:deploy -- --rolled-back ${failedMigration}`
    );
  }
  return summary;
}

const flatten = (text: string) =>
  text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean)
    .join(" ");
