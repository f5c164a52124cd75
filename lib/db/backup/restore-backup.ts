import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { SECRET_FILES, tar } from "@/lib/db/backup/online-backup";

// `npm run db:restore -- FILE`: unpacks an archive from online-backup.ts into a fresh DATA_DIR.
// Nothing is overwritten: a DATA_DIR that already holds a cluster is refused (move it away first),
// so a restore can never destroy the data it was meant to replace. PostgreSQL finishes the job on
// its first start: it finds backup_label and replays the WAL in the archive to a consistent state.

export async function restoreBackup(options: {
  file: string;
  dataDir: string;
  log?: (line: string) => void;
}): Promise<void> {
  const log = options.log ?? (() => {});
  const file = resolve(options.file);
  const dataDir = resolve(options.dataDir);
  if (!existsSync(file)) throw new Error(`No backup file at ${file}.`);
  const pgDir = join(dataDir, "pg");
  if (existsSync(pgDir) && readdirSync(pgDir).length > 0) {
    throw new Error(
      `${pgDir} already holds a database. Stop the app and move ${dataDir} away (or set DATA_DIR to a new folder), then restore again.`,
    );
  }
  for (const name of ["pg.password", ...SECRET_FILES]) {
    if (existsSync(join(dataDir, name)))
      throw new Error(`${join(dataDir, name)} exists: restore into a fresh DATA_DIR.`);
  }
  const asRoot = typeof process.getuid === "function" && process.getuid() === 0;
  // As root the server runs as `postgres`, which must be able to pass through DATA_DIR (not list it).
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  rmSync(pgDir, { recursive: true, force: true });
  await tar(["-xzf", file, "-C", dataDir, "--no-same-owner"]);
  const manifestFile = join(dataDir, "backup-manifest.json");
  if (!existsSync(manifestFile) || !existsSync(join(pgDir, "PG_VERSION"))) {
    throw new Error(`${file} is not a Captiva Guardian backup (no backup-manifest.json or pg/PG_VERSION).`);
  }
  const manifest = JSON.parse(readFileSync(manifestFile, "utf8")) as { createdAt: string; online: boolean };
  rmSync(manifestFile);
  // After tar, which gives DATA_DIR the archive root's mode. PostgreSQL refuses a data directory
  // others can read.
  chmodSync(dataDir, asRoot ? 0o711 : 0o700);
  chmodSync(pgDir, 0o700);
  for (const name of ["pg.password", ...SECRET_FILES])
    if (existsSync(join(dataDir, name))) chmodSync(join(dataDir, name), 0o600);
  // As root the embedded server runs as the `postgres` user (embedded-postgres.ts): it must own the cluster.
  if (asRoot) {
    execFileSync("chown", ["-R", "postgres:postgres", pgDir]);
  }
  log(
    `Restored the backup taken ${manifest.createdAt} (${manifest.online ? "online" : "cold"}) into ${dataDir}.`,
  );
}
