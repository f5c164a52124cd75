import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../lib/reference/demo-accounts";

export function printWelcome(options: {
  port: number;
  seconds: number;
  embedded: boolean;
  ephemeral: boolean;
}): void {
  const width = Math.max(...DEMO_ACCOUNTS.map((a) => a.email.length));
  const lines = [
    "",
    `  Captiva Guardian is running: http://localhost:${options.port}   (ready in ${options.seconds.toFixed(1)} s)`,
    `  OFFICIAL-SENSITIVE marking applies. All data is synthetic.`,
    "",
    `  Demo accounts (password for all: ${DEMO_PASSWORD})`,
    ...DEMO_ACCOUNTS.map((a) => `    ${a.email.padEnd(width)}  ${a.jobTitle}`),
    "",
    options.ephemeral
      ? "  Data: a throwaway database, deleted when the app stops."
      : options.embedded
        ? "  Data: embedded PostgreSQL in .data/ (kept between runs). Press Ctrl-C to stop the app and the database."
        : "  Data: the PostgreSQL server in DATABASE_URL. Press Ctrl-C to stop the app.",
    "",
  ];
  console.log(lines.join("\n"));
}
