// Issue 13 item 7: the sign-in page lists the demo accounts and their shared password only for
// `npm start`'s own embedded demo database (and the e2e runs, which use it). Anywhere else — a
// real PostgreSQL in DATABASE_URL — it stays off unless SHOW_DEMO_ACCOUNTS is set explicitly.

export function showDemoAccountsFor({
  setting,
  embedded,
}: {
  setting: boolean | undefined;
  embedded: boolean;
}): "true" | "false" {
  return (setting ?? embedded) ? "true" : "false";
}
