import { z } from "zod";

// The only reader of process.env (house rule). Parsed lazily so `next build`, which imports route
// modules, never fails for settings only the running server needs.

const postgresUrl = z
  .string()
  .trim()
  .refine((v) => /^postgres(ql)?:\/\/[^\s]+$/.test(v), {
    message: "must look like postgresql://user:password@host:5432/database",
  });

const intFrom = (fallback: number, min: number, max: number) =>
  z.coerce.number().int().min(min).max(max).default(fallback);

const boolFrom = (fallback: boolean) =>
  z
    .enum(["true", "false", "1", "0", "yes", "no"])
    .default(fallback ? "true" : "false")
    .transform((v) => v === "true" || v === "1" || v === "yes");

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  // Unset: the app and the tests start an embedded PostgreSQL themselves.
  DATABASE_URL: postgresUrl.optional(),
  // Backpressure (README "Load"): a few connections per core keep both cores busy; more only
  // queue inside PostgreSQL. Queries wait up to DATABASE_POOL_WAIT_MS for a connection. New
  // requests get 503 + Retry-After while DATABASE_POOL_QUEUE queries wait or the oldest has waited
  // half that time; requests already admitted are served (refused only past twice the queue bound).
  DATABASE_POOL_SIZE: intFrom(8, 1, 200),
  DATABASE_POOL_WAIT_MS: intFrom(20_000, 100, 120_000),
  DATABASE_POOL_QUEUE: intFrom(200, 1, 100_000),
  PORT: intFrom(3000, 1, 65535),
  // The demo binds to loopback only; set 0.0.0.0 behind a load balancer.
  HOST: z.string().default("127.0.0.1"),
  DATA_DIR: z.string().default(".data"),
  EMBEDDED_PG_PORT: intFrom(54329, 1024, 65535),
  // Secrets and sessions (see README "Sessions").
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  AUTH_URL: z.url().optional(),
  SESSION_IDLE_MINUTES: intFrom(30, 1, 24 * 60),
  SESSION_MAX_HOURS: intFrom(12, 1, 24 * 7),
  TRUSTED_ORIGINS: z.string().default(""),
  // Load balancers / reverse proxies whose X-Forwarded-For is believed (IPs or CIDRs, comma-
  // separated). Empty: the socket's address is the client's (lib/auth/client-address.ts).
  TRUSTED_PROXIES: z.string().default(""),
  // A name for this app instance behind a balancer, sent as X-Captiva-Instance (README "Deployment").
  INSTANCE_ID: z
    .string()
    .regex(/^[\w.-]{1,64}$/, "letters, digits, '.', '-' or '_' only")
    .optional(),
  // Single sign-on: set all three to switch it on.
  OIDC_ISSUER: z.url().optional(),
  OIDC_CLIENT_ID: z.string().optional(),
  OIDC_CLIENT_SECRET: z.string().optional(),
  OIDC_NAME: z.string().default("Single sign-on"),
  SMTP_URL: z.string().optional(),
  ACTION_ESCALATION_DAYS: intFrom(14, 1, 365),
  // The audit log (README "The audit log"): the database URL of the app's runtime role when
  // DATABASE_URL is the owner's; the HMAC key and file of the chain checkpoints kept outside the
  // database; how long proxy refusals are coalesced per address and reason.
  DATABASE_APP_URL: postgresUrl.optional(),
  AUDIT_ANCHOR_KEY: z.string().min(32, "must be at least 32 characters").optional(),
  AUDIT_ANCHOR_FILE: z.string().optional(),
  AUDIT_REFUSAL_WINDOW_SECONDS: intFrom(60, 1, 3600),
  // Background jobs (lib/jobs): the audit sealer, checkpoints, action escalation. On by default.
  JOBS_ENABLED: boolFrom(true),
  // Set by Next.js; "phase-production-build" while `next build` runs (no background jobs then).
  NEXT_PHASE: z.string().optional(),
  // Lists the demo accounts and their shared password on the sign-in page. Unset means off, except
  // that `npm start` switches it on for its embedded demo database (scripts/lib/demo-settings.ts).
  SHOW_DEMO_ACCOUNTS: z
    .enum(["true", "false", "1", "0", "yes", "no"])
    .optional()
    .transform((v) => (v === undefined ? undefined : v === "true" || v === "1" || v === "yes")),
  CI: boolFrom(false),
  // Issue 17: base map tiles from the force's own GIS server, e.g.
  // https://gis.force.example/tiles/{z}/{x}/{y}.png. Unset: maps draw on a plain background.
  MAP_TILE_URL: z
    .string()
    .regex(/^https:\/\/[^\s'";]+$/, "must be an https:// URL template")
    .optional(),
  // Build folder (next.config.js reads it too): lets builds of several checkouts run side by side.
  NEXT_DIST_DIR: z.string().default(".next"),
  // Scripts print the app's own log and full errors.
  VERBOSE: boolFrom(false),
});

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

export class EnvError extends Error {}

/** Validated settings; throws EnvError with one line per bad setting. */
export function getEnv(): Env {
  if (cached) return cached;
  const raw: Record<string, string | undefined> = {};
  for (const key of Object.keys(schema.shape)) {
    const value = process.env[key];
    raw[key] = value === "" ? undefined : value;
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new EnvError(`Invalid settings in the environment:\n${lines.join("\n")}`);
  }
  cached = parsed.data;
  return cached;
}

/** For scripts that must pass the database URL on to a child process (the app, Playwright). */
export function childEnv(overrides: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, ...overrides };
}

/** Tests and scripts that change settings at run time call this so getEnv() reads them again. */
export function resetEnvCache(): void {
  cached = undefined;
}

/** Tests point the data layer at their own database; the cache must not keep the old value. */
export function setEnvForProcess(key: Exclude<keyof Env, "NODE_ENV">, value: string): void {
  (process.env as Record<string, string | undefined>)[key] = value;
  cached = undefined;
}

/** The origin of MAP_TILE_URL, for the CSP's img-src; null when no tile server is configured. */
export function mapTileOrigin(): string | null {
  const url = getEnv().MAP_TILE_URL;
  if (!url) return null;
  try {
    return new URL(url.replace(/\{[a-z]+\}/g, "0")).origin;
  } catch {
    return null;
  }
}
