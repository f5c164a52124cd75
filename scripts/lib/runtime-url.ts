import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import type { Env } from "../../lib/env";
import { provisionRuntimeLogin, dropRuntimeLogin, RUNTIME_ROLE } from "../../lib/db/runtime-role";
import type { OpenDatabase } from "./database";

// Which database URL the app itself gets (README "The runtime role"). Migrations and the seed
// have run as the owner by now; the app runs as the runtime role:
// - embedded database: captiva_app, with a password kept beside the cluster's (DATA_DIR/pg.app-password);
// - DATABASE_URL with DATABASE_APP_URL: that URL;
// - a throwaway database on a DATABASE_URL server (e2e): a login of its own in captiva_app, dropped after;
// - DATABASE_URL alone: the owner, with a warning (the owner can rewrite the audit log).

export type RuntimeUrl = { url: string; cleanup: () => Promise<void> };

export async function runtimeDatabaseUrl(
  env: Env,
  database: OpenDatabase,
  options: { ephemeral: boolean; log: (line: string) => void },
): Promise<RuntimeUrl> {
  const none = async () => {};
  if (database.embedded) {
    const password = options.ephemeral ? newSecret() : passwordFile(join(env.DATA_DIR, "pg.app-password"));
    return { url: await provisionRuntimeLogin(database.url, RUNTIME_ROLE, password), cleanup: none };
  }
  if (env.DATABASE_APP_URL && !options.ephemeral) return { url: env.DATABASE_APP_URL, cleanup: none };
  if (options.ephemeral) {
    const login = `${new URL(database.url).pathname.slice(1)}_app`;
    try {
      const url = await provisionRuntimeLogin(database.url, login, newSecret());
      return { url, cleanup: () => dropRuntimeLogin(database.url, login).catch(() => {}) };
    } catch (error) {
      options.log(
        `Could not make a runtime login on the DATABASE_URL server (${firstLine(error)}); the app runs as the owner.`,
      );
      return { url: database.url, cleanup: none };
    }
  }
  options.log(
    "WARNING: DATABASE_APP_URL is not set, so the app connects as the database owner, which can rewrite the audit log. " +
      'See README "The runtime role".',
  );
  return { url: database.url, cleanup: none };
}

function passwordFile(file: string): string {
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(join(file, ".."), { recursive: true });
  const password = newSecret();
  writeFileSync(file, password + "\n", { mode: 0o600 });
  return password;
}

const newSecret = () => randomBytes(18).toString("base64url");
const firstLine = (e: unknown) => (e instanceof Error ? e.message : String(e)).split("\n")[0];
