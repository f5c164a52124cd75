import pg from "pg";
import { spawn } from "node:child_process";
import {
  chmodSync,
  copyFileSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { dirname, join, resolve } from "node:path";
import { isPostgresOf } from "@/lib/db/embedded-postgres";

// `npm run db:backup`: one archive (mode 0600) holding everything a restore needs, taken while the
// app runs. The embedded PostgreSQL ships no pg_dump or pg_basebackup, and the system's client is
// usually another major version, so the cluster is copied with PostgreSQL's own low-level backup
// API (pg_backup_start / pg_backup_stop, "Making a Base Backup Using the Low Level API" in the
// PostgreSQL manual): a file copy taken between the two calls plus the WAL written meanwhile is
// consistent once replayed, which PostgreSQL does by itself on the first start of the restored
// copy (it finds backup_label). A temporary physical replication slot keeps that WAL from being
// recycled during a long copy. Whole cluster, every database and role: nothing app-specific.
//
// Layout of the archive (restore-backup.ts reads it): pg/ (the cluster, with backup_label),
// pg.password, the other SECRET_FILES that exist, imports/ (stored import files), backup-manifest.json.

/**
 * Kept beside the cluster and needed to run or verify the restored copy: the session secret, the
 * runtime role's password and the audit checkpoints with their key (only when AUDIT_ANCHOR_KEY is
 * not set from a secret store, in which case it is not in DATA_DIR and not in the backup).
 */
export const SECRET_FILES = [
  "auth-secret",
  "pg.app-password",
  "audit-anchor-key",
  "audit-anchors.jsonl",
] as const;

export type BackupResult = { file: string; bytes: number; online: boolean; walFiles: number };

/** Not copied (the manual's list): runtime files PostgreSQL recreates, and the WAL copied last. */
const SKIP_FILES = new Set([
  "postmaster.pid",
  "postmaster.opts",
  "backup_label",
  "backup_label.old",
  "tablespace_map",
]);
const EMPTY_DIRS = new Set([
  "pg_wal",
  "pg_replslot",
  "pg_dynshmem",
  "pg_notify",
  "pg_serial",
  "pg_snapshots",
  "pg_stat_tmp",
  "pg_subtrans",
]);

export async function backupDataDirectory(options: {
  dataDir: string;
  file: string;
  log?: (line: string) => void;
  /** Test hook: runs after the cluster's files are copied, before pg_backup_stop. */
  afterCopy?: () => Promise<void>;
}): Promise<BackupResult> {
  const log = options.log ?? (() => {});
  const dataDir = resolve(options.dataDir);
  const pgDir = join(dataDir, "pg");
  if (!existsSync(join(pgDir, "PG_VERSION"))) {
    throw new Error(
      `${pgDir} holds no embedded database. For your own PostgreSQL server use pg_dump or PITR (README "Backups").`,
    );
  }
  const password = readFileSync(join(dataDir, "pg.password"), "utf8").trim();
  const file = resolve(options.file);
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  // Staged beside the archive (same disk, the owner's folder), never in a shared /tmp.
  const staging = mkdtempSync(join(dirname(file), ".captiva-backup-"));
  chmodSync(staging, 0o700);
  try {
    const running = runningPort(pgDir);
    let walFiles = 0;
    if (running === null) {
      log("The database is not running: taking a cold copy.");
      copyTree(pgDir, join(staging, "pg"), true);
      walFiles = copyWal(pgDir, join(staging, "pg"));
    } else {
      log(`The database is running (port ${running}): taking an online backup.`);
      walFiles = await onlineCopy(pgDir, join(staging, "pg"), running, password, options.afterCopy);
    }
    copyFileSync(join(dataDir, "pg.password"), join(staging, "pg.password"));
    for (const name of SECRET_FILES)
      if (existsSync(join(dataDir, name))) copyFileSync(join(dataDir, name), join(staging, name));
    if (existsSync(join(dataDir, "imports")))
      copyTree(join(dataDir, "imports"), join(staging, "imports"), false);
    writeFileSync(
      join(staging, "backup-manifest.json"),
      JSON.stringify(
        {
          format: 1,
          createdAt: new Date().toISOString(),
          postgres: readFileSync(join(pgDir, "PG_VERSION"), "utf8").trim(),
          online: running !== null,
        },
        null,
        2,
      ),
    );
    // Created 0600 before tar writes into it, so the archive is never readable by others.
    writeFileSync(file, "", { mode: 0o600 });
    chmodSync(file, 0o600);
    await tar(["-czf", file, "-C", staging, "."]);
    const bytes = lstatSync(file).size;
    log(`Backup written: ${file} (${(bytes / 1024 / 1024).toFixed(1)} MB, readable by its owner only).`);
    return { file, bytes, online: running !== null, walFiles };
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/** The port of the live postmaster serving pgDir, or null when none is. */
function runningPort(pgDir: string): number | null {
  const pidFile = join(pgDir, "postmaster.pid");
  if (!existsSync(pidFile)) return null;
  const lines = readFileSync(pidFile, "utf8").split("\n");
  const pid = Number(lines[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isPostgresOf(pid, pgDir)) return null;
  return Number(lines[3]);
}

async function onlineCopy(
  pgDir: string,
  target: string,
  port: number,
  password: string,
  afterCopy?: () => Promise<void>,
): Promise<number> {
  // The bootstrap superuser (the embedded cluster's only login `npm start` creates).
  const client = new pg.Client({ host: "127.0.0.1", port, user: "captiva", password, database: "postgres" });
  await client.connect();
  try {
    // Temporary: dropped with this session even if the backup fails half-way.
    await client.query("select pg_create_physical_replication_slot($1, true, true)", [
      `captiva_backup_${process.pid}`,
    ]);
    await client.query("select pg_backup_start($1, true)", [`captiva ${new Date().toISOString()}`]);
    let stopped = false;
    try {
      copyTree(pgDir, target, true);
      await afterCopy?.();
      const { rows } = await client.query<{ labelfile: string; spcmapfile: string | null }>(
        "select labelfile, spcmapfile from pg_backup_stop(false)",
      );
      stopped = true;
      writeFileSync(join(target, "backup_label"), rows[0]!.labelfile);
      if (rows[0]!.spcmapfile) writeFileSync(join(target, "tablespace_map"), rows[0]!.spcmapfile);
      // After pg_backup_stop: the segments up to its end point are complete and kept by the slot.
      return copyWal(pgDir, target);
    } finally {
      if (!stopped) await client.query("select pg_backup_stop(false)").catch(() => undefined);
    }
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Copies a directory; files that vanish mid-copy (temp files, dropped relations) are skipped. */
function copyTree(from: string, to: string, cluster: boolean): void {
  mkdirSync(to, { recursive: true, mode: 0o700 });
  for (const name of readdirSync(from)) {
    if (cluster && SKIP_FILES.has(name)) continue;
    if (name.startsWith("pgsql_tmp")) continue;
    const source = join(from, name);
    let stat;
    try {
      stat = lstatSync(source);
    } catch {
      continue;
    }
    if (stat.isDirectory()) {
      if (cluster && EMPTY_DIRS.has(name)) mkdirSync(join(to, name), { recursive: true, mode: 0o700 });
      else copyTree(source, join(to, name), false);
    } else if (stat.isFile()) {
      try {
        copyFileSync(source, join(to, name));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
      }
    }
  }
}

function copyWal(pgDir: string, target: string): number {
  const from = join(pgDir, "pg_wal");
  const to = join(target, "pg_wal");
  mkdirSync(join(to, "archive_status"), { recursive: true, mode: 0o700 });
  let n = 0;
  for (const name of readdirSync(from)) {
    if (!/^[0-9A-F]{24}(\.history)?$/.test(name)) continue;
    copyFileSync(join(from, name), join(to, name));
    n++;
  }
  return n;
}

export function tar(args: string[]): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn("tar", args, { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", fail);
    child.on("exit", (code) =>
      code === 0 ? done() : fail(new Error(`tar failed (exit ${code}): ${stderr.trim().split("\n")[0]}`)),
    );
  });
}
