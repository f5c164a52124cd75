// Which pages, route handlers and server actions in app/ the protected-surface list
// (e2e/security/protected-surface.ts) does not account for. The unauthorized-access spec tries
// only what that list names, so anything missing from it is never tried as a refused role.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";

export type AppEntry = { kind: "page" | "route"; route: string; file: string };
export type SurfaceLists = {
  pages: { path: string }[];
  actions: { name: string }[];
  /** Routes and actions checked elsewhere or public, each with the reason. */
  elsewhere: { route?: string; action?: string; why: string }[];
};

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );
}

/** "app/offences/[id]/(record)/page.tsx" → "/offences/[id]" (route groups vanish). */
export function routeOf(appRelativeDir: string): string {
  const segments = appRelativeDir.split("/").filter((s) => s && !/^\(.*\)$/.test(s));
  return "/" + segments.join("/");
}

export function appEntries(root: string): AppEntry[] {
  const app = join(root, "app");
  return walk(app)
    .map((file) => relative(app, file).split(sep).join("/"))
    .flatMap((file): AppEntry[] => {
      const name = file.split("/").pop()!;
      const dir = file.slice(0, -name.length);
      if (name === "page.tsx") return [{ kind: "page", route: routeOf(dir), file: `app/${file}` }];
      if (name === "route.ts") return [{ kind: "route", route: routeOf(dir), file: `app/${file}` }];
      return [];
    });
}

/** The exported names of every 'use server' file in app/. */
export function serverActionNames(root: string): { name: string; file: string }[] {
  const app = join(root, "app");
  return walk(app)
    .filter((f) => /\.tsx?$/.test(f))
    .flatMap((file) => {
      const text = readFileSync(file, "utf8");
      if (!/^\s*(?:\/\/[^\n]*\n|\/\*[\s\S]*?\*\/\s*)*["']use server["'];?/.test(text)) return [];
      const names = [...text.matchAll(/^export\s+(?:const|let|async\s+function|function)\s+(\w+)/gm)];
      const rel = relative(root, file).split(sep).join("/");
      return names.map((m) => ({ name: m[1]!, file: rel }));
    });
}

/** Does a concrete path from the list ("/offences/1/edit?x=1", "/admin/users/{user}") fall on a route? */
export function pathMatchesRoute(path: string, route: string): boolean {
  const concrete = path.split("?")[0]!.split("/").filter(Boolean);
  const pattern = route.split("/").filter(Boolean);
  for (let i = 0; i < pattern.length; i++) {
    const p = pattern[i]!;
    if (/^\[\[?\.\.\./.test(p)) return concrete.length >= i + (p.startsWith("[[") ? 0 : 1);
    if (i >= concrete.length) return false;
    if (p.startsWith("[")) continue;
    if (p !== concrete[i]) return false;
  }
  return concrete.length === pattern.length;
}

/** Every page, route and action the lists miss, one readable line each; empty when covered. */
export function missingFromSurface(root: string, lists: SurfaceLists): string[] {
  const elsewhereRoutes = new Set(lists.elsewhere.flatMap((e) => (e.route ? [e.route] : [])));
  const elsewhereActions = new Set(lists.elsewhere.flatMap((e) => (e.action ? [e.action] : [])));
  const listed = new Set(lists.actions.map((a) => a.name));
  const missing: string[] = [];
  for (const entry of appEntries(root)) {
    if (elsewhereRoutes.has(entry.route)) continue;
    if (entry.kind === "page" && lists.pages.some((p) => pathMatchesRoute(p.path, entry.route))) continue;
    missing.push(`${entry.kind} ${entry.route} (${entry.file})`);
  }
  for (const action of serverActionNames(root)) {
    if (!listed.has(action.name) && !elsewhereActions.has(action.name))
      missing.push(`action ${action.name} (${action.file})`);
  }
  return missing;
}
