import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

// `npm start` builds only when the sources are newer than the last build, so a second start
// takes seconds rather than a full Next.js build.

const SOURCES = [
  "app",
  "components",
  "lib",
  "proxy.ts",
  "next.config.js",
  "package.json",
  "prisma/schema.prisma",
  "public",
];
const SKIP = new Set(["node_modules", "generated", ".next", "testing"]);

export function needsBuild(root: string, distDir = ".next"): boolean {
  const buildId = join(root, distDir, "BUILD_ID");
  if (!existsSync(buildId)) return true;
  const builtAt = statSync(buildId).mtimeMs;
  return SOURCES.some((entry) => newerThan(join(root, entry), builtAt));
}

function newerThan(path: string, time: number): boolean {
  if (!existsSync(path)) return false;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs > time;
  return readdirSync(path).some((name) => !SKIP.has(name) && newerThan(join(path, name), time));
}
