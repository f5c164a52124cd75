import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { ACTIONS, ELSEWHERE, PAGES } from "@/e2e/security/protected-surface";
import { missingFromSurface, pathMatchesRoute, routeOf } from "./protected-surface-coverage";

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "surface-"));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  }
  return root;
}

describe("the protected-surface list", () => {
  it("covers every page, route handler and server action in app/", () => {
    const missing = missingFromSurface(process.cwd(), {
      pages: PAGES,
      actions: ACTIONS,
      elsewhere: ELSEWHERE,
    });
    expect(missing, "add these to e2e/security/protected-surface.ts (PAGES, ACTIONS or ELSEWHERE)").toEqual(
      [],
    );
  });

  it("names a page, a route handler and an action that the list misses", () => {
    const root = tree({
      "app/offences/[id]/(record)/page.tsx": "export default function P() {}",
      "app/secret/page.tsx": "export default function P() {}",
      "app/secret/data.csv/route.ts": "export async function GET() {}",
      "app/secret/actions.ts": '"use server";\nexport const leakAction = defineAction({});\n',
    });
    const missing = missingFromSurface(root, {
      pages: [{ path: "/offences/1?tab=x" }],
      actions: [],
      elsewhere: [],
    });
    expect(missing).toEqual([
      "route /secret/data.csv (app/secret/data.csv/route.ts)",
      "page /secret (app/secret/page.tsx)",
      "action leakAction (app/secret/actions.ts)",
    ]);
  });

  it("matches concrete paths to dynamic and catch-all routes", () => {
    expect(routeOf("offences/[id]/(record)/timeline/")).toBe("/offences/[id]/timeline");
    expect(pathMatchesRoute("/admin/users/{user}/role", "/admin/users/[id]/role")).toBe(true);
    expect(pathMatchesRoute("/admin/users/{user}", "/admin/users/[id]/role")).toBe(false);
    expect(pathMatchesRoute("/api/auth/signin/x", "/api/auth/[...nextauth]")).toBe(true);
  });
});
