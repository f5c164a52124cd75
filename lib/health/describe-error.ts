// One log line for an unexpected error. Prisma's messages start with a blank line and the
// failing call site, and end with the actual cause, so the last non-empty line is the useful one.

export function describeError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const lines = message
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
  const code = typeof error === "object" && error !== null && "code" in error ? String(error.code) : "";
  const last = lines.at(-1) ?? "unknown error";
  return code ? `${code}: ${last}` : last;
}
