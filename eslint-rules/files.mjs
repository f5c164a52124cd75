// Which kind of file ESLint is looking at, by its repository-relative path.
import path from "node:path";

/** The linted file relative to the repository root with forward slashes, or null for text without a file. */
export function relativeFile(context) {
  const name = context.filename;
  if (!name || name === "<input>" || name === "<text>") return null;
  const relative = path.relative(context.cwd, name);
  return relative.split(path.sep).join("/");
}

/** Unit, integration and e2e tests and their helpers: they may reach anything. */
export function isTestFile(file) {
  return (
    /\.(test|spec)\.[cm]?[jt]sx?$/.test(file) || file.startsWith("e2e/") || file.startsWith("lib/testing/")
  );
}

/** Tool configuration at the repository root (next, vitest, playwright, prisma, eslint). */
export function isConfigFile(file) {
  return !file.includes("/") && /\.config\.[cm]?[jt]s$/.test(file);
}
