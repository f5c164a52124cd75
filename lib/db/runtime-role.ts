import pg from "pg";

// The app's runtime role (migration *_audit_sealer creates the group role captiva_app and its
// GRANTs). Migrations and seeding connect as the owner; the app connects as a login that is
// captiva_app or a member of it, so it can read and append to the audit log but never rewrite,
// delete, truncate or un-trigger it. README "The runtime role".

export const RUNTIME_ROLE = "captiva_app";

/**
 * Lets `login` sign in with `password` and returns the owner URL rewritten for it. `login` is
 * captiva_app itself on a cluster of our own (the embedded database), or a separate login role
 * made a member of captiva_app (tests, throwaway e2e databases on a shared server). Needs an owner
 * that may manage roles (superuser or CREATEROLE).
 */
export async function provisionRuntimeLogin(
  ownerUrl: string,
  login: string,
  password: string,
): Promise<string> {
  const client = new pg.Client({ connectionString: ownerUrl, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    const name = client.escapeIdentifier(login);
    const secret = client.escapeLiteral(password);
    const { rowCount } = await client.query("select 1 from pg_roles where rolname = $1", [login]);
    if (login === RUNTIME_ROLE || rowCount) {
      await client.query(
        `alter role ${name} with login nosuperuser nocreatedb nocreaterole noreplication nobypassrls password ${secret}`,
      );
    } else {
      await client.query(`create role ${name} with login inherit password ${secret} in role ${RUNTIME_ROLE}`);
    }
  } finally {
    await client.end();
  }
  return urlFor(ownerUrl, login, password);
}

/** Drops a login made by provisionRuntimeLogin (never captiva_app itself, which the grants name). */
export async function dropRuntimeLogin(ownerUrl: string, login: string): Promise<void> {
  if (login === RUNTIME_ROLE) return;
  const client = new pg.Client({ connectionString: ownerUrl, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    await client.query(`drop role if exists ${client.escapeIdentifier(login)}`);
  } finally {
    await client.end();
  }
}

export function urlFor(url: string, user: string, password: string): string {
  const u = new URL(url);
  u.username = encodeURIComponent(user);
  u.password = encodeURIComponent(password);
  return u.toString();
}
